import { describe, expect, it } from "vitest";
import { countWords, htmlToPlainText, jsonToPlainText } from "@/lib/content/plain-text";

const body = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Kết quả nổi bật" }] },
    { type: "paragraph", content: [{ type: "text", text: "Đảng bộ đã " }, { type: "text", text: "hoàn thành", marks: [{ type: "bold" }] }, { type: "text", text: " chỉ tiêu." }] },
    { type: "figure", attrs: { src: "/api/media/a.webp", alt: "Hội trường" }, content: [{ type: "text", text: "Quang cảnh hội nghị" }] },
    {
      type: "bulletList",
      content: [
        { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Một" }] }] },
        { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Hai" }] }] },
      ],
    },
    { type: "orderedList", attrs: { start: 3 }, content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Ba" }] }] }] },
    { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "Dòng một" }, { type: "hardBreak" }, { type: "text", text: "dòng hai" }] }] },
    { type: "paragraph" },
  ],
};

describe("jsonToPlainText", () => {
  it("separates blocks, marks list items and leaves images out", () => {
    expect(jsonToPlainText(body)).toBe(
      "Kết quả nổi bật\n\nĐảng bộ đã hoàn thành chỉ tiêu.\n\n- Một\n- Hai\n\n3. Ba\n\nDòng một\ndòng hai",
    );
  });

  it("keeps captions when asked (for search)", () => {
    expect(jsonToPlainText(body, { includeCaptions: true })).toContain("chỉ tiêu.\n\nQuang cảnh hội nghị\n\n- Một");
  });

  it("reads tables row by row", () => {
    const cell = (value: string) => ({ type: "tableCell", content: [{ type: "paragraph", content: [{ type: "text", text: value }] }] });
    const table = { type: "doc", content: [{ type: "table", content: [{ type: "tableRow", content: [cell("A"), cell("B")] }, { type: "tableRow", content: [cell("C"), cell("D")] }] }] };
    expect(jsonToPlainText(table)).toBe("A | B\nC | D");
  });
});

describe("htmlToPlainText", () => {
  it("turns the rendered HTML into the same shape of text", () => {
    const html =
      "<h2>Kết quả nổi bật</h2><p>Đảng bộ đã <strong>hoàn thành</strong> chỉ tiêu.</p>" +
      '<figure><img src="/api/media/a.webp" alt="Hội trường" /><figcaption>Quang cảnh hội nghị</figcaption></figure>' +
      "<ul><li><p>Một</p></li><li><p>Hai</p></li></ul><blockquote><p>Dòng một<br />dòng hai</p></blockquote>";
    expect(htmlToPlainText(html)).toBe("Kết quả nổi bật\n\nĐảng bộ đã hoàn thành chỉ tiêu.\n\n- Một\n\n- Hai\n\nDòng một\ndòng hai");
    expect(htmlToPlainText(html, { includeCaptions: true })).toContain("Hội trường\n\nQuang cảnh hội nghị");
  });

  it("decodes entities and drops scripts", () => {
    expect(htmlToPlainText("<p>A &amp; B &lt;3&gt; &quot;x&quot; &nbsp;y</p><script>alert(1)</script>")).toBe('A & B <3> "x" y');
  });
});

describe("countWords", () => {
  it("counts Vietnamese syllables and numbers, not punctuation", () => {
    expect(countWords("Theo gương Bác – năm 2024, đạt 100%!")).toBe(7);
    expect(countWords("  ")).toBe(0);
    expect(countWords(jsonToPlainText(body))).toBe(18);
  });
});
