import { describe, expect, it } from "vitest";
import { isAllowedEmbedSrc, isAllowedImageSrc, sanitizeHtml } from "@/lib/content/sanitize-html";

const REL = 'rel="noopener noreferrer nofollow"';

describe("sanitizeHtml keeps the content a body needs", () => {
  it("keeps structure, emphasis and tables", () => {
    const html =
      "<h2>A</h2><h3>B</h3><h4>C</h4><p><strong>d</strong> <em>e</em> <u>f</u> <s>g</s><br /></p>" +
      "<ul><li>h</li></ul><ol start=\"3\"><li>i</li></ol><blockquote><p>j</p></blockquote><hr />" +
      "<table><thead><tr><th colspan=\"2\">k</th></tr></thead><tbody><tr><td rowspan=\"1\">l</td></tr></tbody></table>";
    expect(sanitizeHtml(html)).toBe(html);
  });

  it("keeps figures with local or https images", () => {
    const html =
      '<figure><img src="/api/media/demo/hoi-truong.webp" alt="Hội trường" width="1200" height="675" loading="lazy" />' +
      "<figcaption>Quang cảnh hội nghị</figcaption></figure>";
    expect(sanitizeHtml(html)).toBe(html);
    expect(sanitizeHtml('<img src="https://example.org/a.jpg" alt="a" />')).toBe('<img src="https://example.org/a.jpg" alt="a" />');
  });

  it("marks external links and leaves internal ones alone", () => {
    expect(sanitizeHtml('<a href="https://example.org" target="_blank">x</a>')).toBe(`<a href="https://example.org" ${REL}>x</a>`);
    expect(sanitizeHtml('<a href="/chuyen-muc/theo-guong-bac" rel="nofollow">x</a>')).toBe(
      '<a href="/chuyen-muc/theo-guong-bac">x</a>',
    );
    expect(sanitizeHtml('<a href="mailto:tg@demo.local">x</a>')).toBe('<a href="mailto:tg@demo.local">x</a>');
  });

  it("keeps YouTube and Facebook embeds", () => {
    const youtube = '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" width="560" height="315" allowfullscreen></iframe>';
    expect(sanitizeHtml(youtube)).toBe(youtube);
    const facebook = '<iframe src="https://www.facebook.com/plugins/video.php?href=x"></iframe>';
    expect(sanitizeHtml(facebook)).toBe(facebook);
  });

  it("turns headings it does not allow into allowed ones", () => {
    expect(sanitizeHtml("<h1>a</h1><h6>b</h6><b>c</b><i>d</i>")).toBe("<h2>a</h2><h4>b</h4><strong>c</strong><em>d</em>");
  });
});

describe("sanitizeHtml removes XSS payloads", () => {
  const cases: [string, string][] = [
    ["<script>alert(1)</script><p>ok</p>", "<p>ok</p>"],
    ["<p>a<script src=//evil.example/x.js></script>b</p>", "<p>ab</p>"],
    ['<img src="x" onerror="alert(1)">', ""],
    ['<img src="/api/media/a.webp" onerror="alert(1)" alt="a">', '<img src="/api/media/a.webp" alt="a" />'],
    ['<a href="javascript:alert(1)">bấm</a>', "bấm"],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', "x"],
    ['<a href="java\tscript:alert(1)">x</a>', "x"],
    ['<a href="&#106;avascript:alert(1)">x</a>', "x"],
    ['<a href="vbscript:msgbox(1)">x</a>', "x"],
    ['<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>', "x"],
    ['<a href="//evil.example">x</a>', "x"],
    ['<svg onload="alert(1)"><circle r="1"/></svg><p>ok</p>', "<p>ok</p>"],
    ['<svg><title>t</title><script>alert(1)</script></svg>', ""],
    ['<iframe src="https://evil.example/embed/x"></iframe>', ""],
    ['<iframe src="javascript:alert(1)"></iframe>', ""],
    ['<iframe src="https://www.youtube.com/watch?v=x"></iframe>', ""],
    ['<iframe srcdoc="<script>alert(1)</script>" src="https://www.youtube.com/embed/abc"></iframe>', '<iframe src="https://www.youtube.com/embed/abc"></iframe>'],
    ['<p style="background:url(javascript:alert(1))" class="x" id="y">t</p>', "<p>t</p>"],
    ["<style>p{color:red}</style><p>t</p>", "<p>t</p>"],
    ['<img src="data:image/png;base64,iVBORw0KGgo=" alt="x">', ""],
    ['<img src="http://insecure.example/a.png">', ""],
    ['<img src="/etc/passwd">', ""],
    ['<img src="/api/media/../../secret">', ""],
    ['<object data="x.swf"></object><embed src="x.swf"><p>t</p>', "<p>t</p>"],
    ['<form action="https://evil.example"><input name="p"><button>Gửi</button></form>', "Gửi"],
    ['<p onclick="alert(1)" onmouseover="alert(2)">t</p>', "<p>t</p>"],
    ['<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', ""],
    ['<a href="https://example.org" onclick="alert(1)" style="x">x</a>', `<a href="https://example.org" ${REL}>x</a>`],
    ['<img src="/api/media/a.webp" width="100%" height="expression(alert(1))" loading="auto">', '<img src="/api/media/a.webp" />'],
    ["<meta http-equiv=refresh content=0;url=javascript:alert(1)><p>t</p>", "<p>t</p>"],
    ["<base href=\"https://evil.example/\"><p>t</p>", "<p>t</p>"],
  ];
  it.each(cases)("%s", (input, expected) => {
    expect(sanitizeHtml(input)).toBe(expected);
  });

  it("never lets an event handler, script or dangerous URL through", () => {
    const all = sanitizeHtml(cases.map(([input]) => input).join(""));
    expect(all).not.toMatch(/<script|\son\w+=|javascript:|vbscript:|data:|style=|srcdoc/i);
  });
});

describe("URL rules", () => {
  it("accepts only local media or https images", () => {
    expect(isAllowedImageSrc("/api/media/2026/11/a.webp")).toBe(true);
    expect(isAllowedImageSrc("https://example.org/a.png")).toBe(true);
    expect(isAllowedImageSrc("/uploads/a.png")).toBe(false);
    expect(isAllowedImageSrc("http://example.org/a.png")).toBe(false);
    expect(isAllowedImageSrc(" /api/media/a.webp")).toBe(false);
  });

  it("accepts only embed URLs of the known hosts", () => {
    expect(isAllowedEmbedSrc("https://www.youtube.com/embed/abc_D-1")).toBe(true);
    expect(isAllowedEmbedSrc("https://youtube-nocookie.com/embed/abc")).toBe(true);
    expect(isAllowedEmbedSrc("https://www.facebook.com/plugins/post.php?href=x")).toBe(true);
    expect(isAllowedEmbedSrc("http://www.youtube.com/embed/abc")).toBe(false);
    expect(isAllowedEmbedSrc("https://www.youtube.com.evil.example/embed/abc")).toBe(false);
    expect(isAllowedEmbedSrc("https://user@www.youtube.com/embed/abc")).toBe(false);
    expect(isAllowedEmbedSrc("https://www.facebook.com/login.php")).toBe(false);
  });
});
