import { describe, expect, it } from "vitest";
import type { JSONContent } from "@tiptap/core";
import { renderToHTMLString } from "@tiptap/static-renderer/pm/html-string";
import { isAppError } from "@/lib/errors";
import { renderBodyHtml } from "@/lib/content/render-html";
import { embedOutputSpec, videoOutputSpec } from "@/lib/content/tiptap-media-nodes";
import { contentExtensions } from "@/lib/content/tiptap-schema";
import { validateBody } from "@/lib/content/validate-body";

const doc = (...content: JSONContent[]) => ({ type: "doc", content });
const video = (src: unknown, caption?: string): JSONContent => ({ type: "video", attrs: { src } as JSONContent["attrs"], content: caption ? [{ type: "text", text: caption }] : [] });
const embed = (src: unknown, title?: unknown): JSONContent => ({ type: "embed", attrs: { src, ...(title === undefined ? {} : { title }) } as JSONContent["attrs"] });
const YT = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ";
const FB = "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fwatch%2F%3Fv%3D42";

const refusal = (body: unknown) => {
  try {
    renderBodyHtml(body);
  } catch (error) {
    return isAppError(error) ? error.code : "other";
  }
  return "rendered";
};

describe("video node", () => {
  it("renders an uploaded clip with its caption", () => {
    expect(renderBodyHtml(doc(video("/api/media/2026/11/3f9ca1.mp4", "Lễ kết nạp đảng viên")))).toBe(
      '<figure><video controls preload="metadata" src="/api/media/2026/11/3f9ca1.mp4"></video><figcaption>Lễ kết nạp đảng viên</figcaption></figure>',
    );
  });

  it("passes validation and round-trips through the editor schema", () => {
    const body = doc(video("/api/media/2026/11/3f9ca1.mp4", "Chú thích"));
    expect(validateBody(body)).toEqual({ type: "doc", content: [{ type: "video", attrs: { src: "/api/media/2026/11/3f9ca1.mp4" }, content: [{ type: "text", text: "Chú thích" }] }] });
  });

  it.each([
    "javascript:alert(1)",
    "data:video/mp4;base64,AAAA",
    "https://evil.example/a.mp4",
    "//evil.example/a.mp4",
    "/api/media/../../etc/passwd",
    "/api/media/2026/11/a.mp4?x=1",
    "/api/media/2026/11/a.mp4\" onerror=\"alert(1)",
    "/api/mediax/a.mp4",
    " /api/media/a.mp4",
    42,
    null,
  ])("refuses the src %j: validation fails and nothing is rendered", (src) => {
    const body = doc(video(src, "x"));
    expect(() => validateBody(body)).toThrow();
    const outcome = refusal(body);
    if (outcome === "rendered") expect(renderBodyHtml(body)).toBe("");
    else expect(outcome).toBe("VALIDATION");
    expect(videoOutputSpec(src)).toBe("");
  });
});

describe("embed node", () => {
  it("renders a YouTube or Facebook player, lazily, with a title", () => {
    expect(renderBodyHtml(doc(embed(YT, "Hội nghị quán triệt Nghị quyết")))).toBe(
      `<figure><iframe src="${YT}" title="Hội nghị quán triệt Nghị quyết" loading="lazy" allowfullscreen></iframe></figure>`,
    );
    expect(renderBodyHtml(doc(embed(FB)))).toBe(`<figure><iframe src="${FB.replace(/&/g, "&amp;")}" title="Video" loading="lazy" allowfullscreen></iframe></figure>`);
  });

  it("escapes a hostile title", () => {
    const html = renderBodyHtml(doc(embed(YT, '"><script>alert(1)</script>')));
    expect(html).not.toContain("<script");
    expect(html).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it.each([
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "https://evil.example/embed/dQw4w9WgXcQ",
    "https://www.youtube.com.evil.example/embed/dQw4w9WgXcQ",
    "http://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://user@www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    "https://www.facebook.com/evil.php",
    "//www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    "",
    null,
  ])("refuses the src %j: validation fails and nothing is rendered", (src) => {
    const body = doc(embed(src));
    expect(() => validateBody(body)).toThrow();
    const outcome = refusal(body);
    if (outcome === "rendered") expect(renderBodyHtml(body)).toBe("");
    else expect(outcome).toBe("VALIDATION");
    expect(embedOutputSpec(src, "x")).toBe("");
  });

  it("refuses a title that is not a short text", () => {
    expect(() => validateBody(doc(embed(YT, "x".repeat(201))))).toThrow();
    expect(() => validateBody(doc(embed(YT, { toString: "x" })))).toThrow();
  });

  it("writes exactly this markup before the sanitiser sees it", () => {
    const html = renderToHTMLString({ extensions: contentExtensions, content: doc(embed(YT, "A"), video("/api/media/a.mp4", "B")) });
    expect(html).toBe(
      `<figure><iframe src="${YT}" title="A" loading="lazy" allowfullscreen=""></iframe></figure>` +
        '<figure><video controls="" preload="metadata" src="/api/media/a.mp4"></video><figcaption>B</figcaption></figure>',
    );
  });
});
