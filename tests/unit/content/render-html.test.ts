import { describe, expect, it } from "vitest";
import type { JSONContent } from "@tiptap/core";
import { isAppError } from "@/lib/errors";
import { renderBodyHtml } from "@/lib/content/render-html";

const text = (value: string, marks?: JSONContent["marks"]): JSONContent => ({ type: "text", text: value, marks });
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: "paragraph", content });
const doc = (...content: JSONContent[]) => ({ type: "doc", content });

describe("renderBodyHtml", () => {
  it("renders headings, marks, lists and quotes", () => {
    const html = renderBodyHtml(
      doc(
        { type: "heading", attrs: { level: 2 }, content: [text("Học tập và làm theo Bác")] },
        paragraph(text("Đậm", [{ type: "bold" }]), text(" "), text("nghiêng", [{ type: "italic" }]), text(" "), text("gạch", [{ type: "underline" }])),
        { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("Một"))] }] },
        { type: "orderedList", content: [{ type: "listItem", content: [paragraph(text("Hai"))] }] },
        { type: "blockquote", content: [paragraph(text("Cần, kiệm, liêm, chính"))] },
      ),
    );
    expect(html).toBe(
      "<h2>Học tập và làm theo Bác</h2><p><strong>Đậm</strong> <em>nghiêng</em> <u>gạch</u></p>" +
        "<ul><li><p>Một</p></li></ul><ol><li><p>Hai</p></li></ol>" +
        "<blockquote><p>Cần, kiệm, liêm, chính</p></blockquote>",
    );
  });

  it("renders a figure with its caption and alt text", () => {
    const html = renderBodyHtml(
      doc({
        type: "figure",
        attrs: { src: "/api/media/demo/hoi-truong.webp", alt: "Hội trường", width: 1200, height: 675 },
        content: [text("Quang cảnh hội nghị")],
      }),
    );
    expect(html).toBe(
      '<figure><img src="/api/media/demo/hoi-truong.webp" alt="Hội trường" width="1200" height="675" loading="lazy" />' +
        "<figcaption>Quang cảnh hội nghị</figcaption></figure>",
    );
  });

  it("renders tables without inline styles", () => {
    const cell = (type: string, value: string): JSONContent => ({ type, content: [paragraph(text(value))] });
    const html = renderBodyHtml(
      doc({ type: "table", content: [{ type: "tableRow", content: [cell("tableHeader", "Đơn vị")] }, { type: "tableRow", content: [cell("tableCell", "Sở Tư pháp")] }] }),
    );
    expect(html).toContain("<table><tbody><tr><th colspan=\"1\" rowspan=\"1\"><p>Đơn vị</p></th></tr>");
    expect(html).not.toContain("style=");
  });

  it("adds rel to external links and sanitises what the JSON smuggles in", () => {
    const html = renderBodyHtml(
      doc(
        paragraph(text("ngoài", [{ type: "link", attrs: { href: "https://example.org" } }])),
        paragraph(text("xấu", [{ type: "link", attrs: { href: "javascript:alert(1)" } }])),
        { type: "image", attrs: { src: "javascript:alert(1)", alt: "x" } },
        { type: "figure", attrs: { src: "data:image/png;base64,AAAA", alt: "x" }, content: [text("chú thích")] },
        paragraph(text("<script>alert(1)</script>")),
      ),
    );
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer nofollow">ngoài</a>');
    expect(html).not.toMatch(/javascript:|data:|<script/);
    expect(html).toContain("<figure><figcaption>chú thích</figcaption></figure>");
    expect(html).toContain("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
  });

  it("rejects documents that are not Tiptap documents", () => {
    for (const bad of [null, "x", { type: "paragraph" }, doc({ type: "noSuchNode" })]) {
      let error: unknown;
      try {
        renderBodyHtml(bad);
      } catch (caught) {
        error = caught;
      }
      expect(isAppError(error, "VALIDATION")).toBe(true);
    }
  });
});
