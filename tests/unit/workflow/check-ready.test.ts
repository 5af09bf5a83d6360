import { describe, expect, it } from "vitest";
import { assertReady, hasBodyContent, missingForReady, type ReadyCheckItem } from "@/lib/workflow/check-ready";

const paragraph = (text: string) => ({ type: "paragraph", content: text ? [{ type: "text", text }] : undefined });
const doc = (...content: unknown[]) => ({ type: "doc", content });

const ready: ReadyCheckItem = {
  kind: "ARTICLE",
  title: "Hội nghị quán triệt Nghị quyết",
  lead: "Sáng 28/02, Đảng ủy Khối tổ chức hội nghị.",
  bodyJson: doc(paragraph("Nội dung bài viết.")),
  sectionCount: 1,
};

describe("what an item needs before it moves on", () => {
  it("a complete item is ready", () => {
    expect(missingForReady(ready)).toEqual([]);
    expect(() => assertReady(ready, "submit")).not.toThrow();
  });

  it("lists everything missing, in the order of the editor's fields", () => {
    const empty: ReadyCheckItem = { kind: "ARTICLE", title: " Tin ", lead: "  ", bodyJson: doc(paragraph("")), sectionCount: 0 };
    expect(missingForReady(empty)).toEqual([
      "tiêu đề (ít nhất 5 ký tự)",
      "sa-pô (bắt buộc với bài)",
      "nội dung bài",
      "chuyên mục",
    ]);
    expect(() => assertReady(empty, "submit")).toThrow(
      expect.objectContaining({
        code: "VALIDATION",
        message: "Chưa gửi được bài, còn thiếu: tiêu đề (ít nhất 5 ký tự); sa-pô (bắt buộc với bài); nội dung bài; chuyên mục.",
      }),
    );
  });

  it("each move names itself in the refusal", () => {
    const noSection = { ...ready, sectionCount: 0 };
    expect(() => assertReady(noSection, "forward")).toThrow("Chưa chuyển được bài, còn thiếu: chuyên mục.");
    expect(() => assertReady(noSection, "publish")).toThrow("Chưa đăng được bài, còn thiếu: chuyên mục.");
    expect(() => assertReady(noSection, "schedule")).toThrow("Chưa hẹn giờ đăng được bài, còn thiếu: chuyên mục.");
    expect(() => assertReady(noSection, "correct")).toThrow("Chưa đính chính được bài, còn thiếu: chuyên mục.");
  });

  it("a lead is required of articles only", () => {
    expect(missingForReady({ ...ready, kind: "NEWS", lead: "" })).toEqual([]);
    expect(missingForReady({ ...ready, kind: "ARTICLE", lead: "" })).toEqual(["sa-pô (bắt buộc với bài)"]);
  });

  it("the title needs five characters after trimming", () => {
    expect(missingForReady({ ...ready, title: "   Tin   " })).toEqual(["tiêu đề (ít nhất 5 ký tự)"]);
    expect(missingForReady({ ...ready, title: "  Tin A  " })).toEqual([]);
    expect(missingForReady({ ...ready, title: "Tin AB" })).toEqual([]);
  });

  it("a body of whitespace, empty paragraphs or headings is empty; text anywhere or a picture is content", () => {
    expect(hasBodyContent(doc())).toBe(false);
    expect(hasBodyContent(doc(paragraph(""), paragraph("   "), { type: "heading", attrs: { level: 2 } }, { type: "horizontalRule" }))).toBe(false);
    expect(hasBodyContent(null)).toBe(false);
    expect(hasBodyContent(doc({ type: "bulletList", content: [{ type: "listItem", content: [paragraph("Một ý")] }] }))).toBe(true);
    expect(hasBodyContent(doc({ type: "figure", attrs: { src: "/api/media/a.webp" } }))).toBe(true);
    expect(hasBodyContent(doc({ type: "image", attrs: { src: "/api/media/a.webp" } }))).toBe(true);
  });
});
