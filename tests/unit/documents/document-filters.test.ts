import { describe, expect, it } from "vitest";
import { documentListHref, hasDocumentFilters, parseDocumentFilters } from "@/lib/documents/document-filters";
import { fileFormatLabel, formatFileSize } from "@/lib/media/format-file-size";

describe("document library filters", () => {
  it("reads valid filters and ignores the rest", () => {
    expect(parseDocumentFilters({ loai: "PLAN", "co-quan": " Tỉnh ủy ", nam: "2019", q: " 91  KH " })).toEqual({
      type: "PLAN",
      issuingBody: "Tỉnh ủy",
      year: 2019,
      query: "91 KH",
    });
    const junk = parseDocumentFilters({ loai: "DROP", nam: "20x9", q: ["", "b"] });
    expect(junk).toEqual({ type: null, issuingBody: null, year: null, query: "" });
    expect(hasDocumentFilters(junk)).toBe(false);
  });

  it("builds page links that keep every filter", () => {
    const filters = parseDocumentFilters({ loai: "PLAN", "co-quan": "Đảng ủy Khối", nam: "2019", q: "kế hoạch" });
    expect(documentListHref(filters, 3)).toBe(
      "/van-ban?q=k%E1%BA%BF+ho%E1%BA%A1ch&loai=PLAN&co-quan=%C4%90%E1%BA%A3ng+%E1%BB%A7y+Kh%E1%BB%91i&nam=2019&trang=3",
    );
    expect(documentListHref(parseDocumentFilters({}), 1)).toBe("/van-ban");
    expect(documentListHref(parseDocumentFilters({}), 2)).toBe("/van-ban?trang=2");
  });

  it("labels attachments", () => {
    expect(formatFileSize(900)).toBe("900 B");
    expect(formatFileSize(5002)).toBe("4,9 KB");
    expect(formatFileSize(300_016)).toBe("293 KB");
    expect(formatFileSize(1_300_000)).toBe("1,2 MB");
    expect(fileFormatLabel("application/pdf", "a.pdf")).toBe("PDF");
    expect(fileFormatLabel("application/octet-stream", "a.odt")).toBe("ODT");
  });
});
