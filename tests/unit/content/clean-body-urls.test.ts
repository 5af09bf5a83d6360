import { describe, expect, it } from "vitest";
import { validateBody } from "@/lib/content/validate-body";

// What a hand-made request to the save action could send: the stored JSON
// must come out without any of it (the public HTML never had it).
const link = (href: string, text = "liên kết") => ({ type: "text", text, marks: [{ type: "link", attrs: { href } }] });
const figure = (src: string, extra: Record<string, unknown> = {}) => ({
  type: "figure",
  attrs: { src, alt: "Ảnh", ...extra },
  content: [{ type: "text", text: "Chú thích" }],
});

describe("unsafe URLs in a saved body", () => {
  it("drops javascript: and data: link targets, keeping the text", () => {
    const body = validateBody({
      type: "doc",
      content: [
        { type: "paragraph", content: [link("javascript:alert(1)", "bấm"), link("java\tscript:alert(1)", " vào"), link("data:text/html,<b>x</b>", " đây")] },
      ],
    });
    const json = JSON.stringify(body);
    expect(json).not.toMatch(/javascript|data:/i);
    expect(json).toContain("bấm");
    expect(json).toContain("đây");
  });

  it("keeps web, mail and internal links", () => {
    const body = validateBody({
      type: "doc",
      content: [{ type: "paragraph", content: [link("https://dangcongsan.vn/"), link("mailto:bbt@example.vn"), link("/chuyen-muc/theo-guong-bac")] }],
    });
    const hrefs = JSON.stringify(body).match(/"href":"[^"]+"/g);
    expect(hrefs).toEqual(['"href":"https://dangcongsan.vn/"', '"href":"mailto:bbt@example.vn"', '"href":"/chuyen-muc/theo-guong-bac"']);
  });

  it("removes pictures whose source is not ours or https, and never stores event handlers", () => {
    const body = validateBody({
      type: "doc",
      content: [
        figure("javascript:alert(1)", { onerror: "alert(1)" }),
        figure("data:image/svg+xml,<svg onload=alert(1)>"),
        figure("http://example.com/a.png"),
        figure("/api/media/2026/11/anh.webp", { onerror: "alert(1)" }),
        { type: "paragraph", content: [{ type: "text", text: "Đoạn cuối." }] },
      ],
    });
    const json = JSON.stringify(body);
    expect(json).not.toMatch(/javascript|data:|onerror|http:\/\/example/i);
    expect(json).toContain("/api/media/2026/11/anh.webp");
    expect(json).toContain("Đoạn cuối.");
  });
});
