import { describe, expect, it } from "vitest";
import { cleanOriginalName, ORIGINAL_NAME_MAX } from "@/lib/media/original-name";

describe("cleanOriginalName", () => {
  it("keeps a Vietnamese name, trimmed", () => {
    expect(cleanOriginalName("  Ảnh hội nghị tổng kết.jpg ")).toBe("Ảnh hội nghị tổng kết.jpg");
  });

  it("drops folders, control characters and bidi tricks", () => {
    expect(cleanOriginalName("C:\\Users\\cb\\Desktop\\bao-cao.pdf")).toBe("bao-cao.pdf");
    expect(cleanOriginalName("../../etc/passwd")).toBe("passwd");
    expect(cleanOriginalName("a\u0000b\nc.pdf")).toBe("abc.pdf");
    expect(cleanOriginalName("hoa-don\u202egpj.exe")).toBe("hoa-dongpj.exe");
  });

  it("falls back to a neutral name and caps the length, keeping the extension", () => {
    expect(cleanOriginalName("")).toBe("tep-tai-len");
    expect(cleanOriginalName(null)).toBe("tep-tai-len");
    const long = cleanOriginalName(`${"Báo cáo ".repeat(60)}.docx`);
    expect(long.length).toBeLessThanOrEqual(ORIGINAL_NAME_MAX);
    expect(long.endsWith(".docx")).toBe(true);
  });
});
