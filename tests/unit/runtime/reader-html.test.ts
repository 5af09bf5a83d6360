import { describe, expect, it } from "vitest";
import { toReaderHtml } from "@/lib/runtime/page-cache/reader-html";

const N = 'nonce="c2VjcmV0"';

// The shape of a Next 16 public page (trimmed from a real item page).
const head = [
  `<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/>`,
  `<link rel="stylesheet" href="/_next/static/chunks/4b1d.css" ${N} data-precedence="next"/>`,
  `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/turbopack-0a1.js" ${N}/>`,
  `<link rel="modulepreload" href="/_next/static/chunks/app.js"/>`,
  `<link rel="preload" href="/_next/static/media/be-vietnam-pro-latin-400.woff2" as="font" crossorigin="" type="font/woff2"/>`,
  `<script src="/_next/static/chunks/a1.js" async="" ${N}></script>`,
  `<script ${N} src='/_next/static/chunks/b2.js' async=""></script>`,
  `<title>Hội nghị Ban Chấp hành Đảng bộ | Trang TTĐT</title>`,
  `<link rel="canonical" href="http://localhost:3000/bai-viet/hoi-nghi"/>`,
  `<script src="/_next/static/chunks/polyfills.js" ${N} noModule=""></script>`,
  `</head>`,
].join("");
const body = [
  `<body><a class="skip-link" href="#noi-dung">Bỏ qua</a><main id="noi-dung"><h1>Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh</h1>`,
  `<p>Nội dung bài viết: ặ ộ ữ ơ ư Đ đ.</p>`,
  `<a href="http://localhost:3000/bai-viet/hoi-nghi" data-copy-link="http://localhost:3000/bai-viet/hoi-nghi">Sao chép liên kết</a>`,
  `<script src="/copy-link.js" ${N} async=""></script>`,
  `<script type="application/ld+json">{"@context":"https://schema.org","headline":"Hội nghị \\u003c/script\\u003e"}</script>`,
  `</main><!--$?--><template id="B:0"></template><p>Đang tải…</p><!--/$-->`,
  `<script ${N}>requestAnimationFrame(function(){$RT=performance.now()});</script>`,
  `<script ${N}>(self.__next_f=self.__next_f||[]).push([0])</script>`,
  `<script ${N}>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[\\"/_next/static/chunks/x.js\\"]\\n"])</script>`,
  `<script ${N}>self.__next_f.push([1,"a:[\\"$\\",\\"script\\",null,{\\"children\\":\\"\\u003c/script\\u003e\\"}]\\n"])</script>`,
  `<div hidden id="S:0"><p>Tin liên quan</p></div><script ${N}>$RC("B:0","S:0")</script>`,
  `<script ${N} id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/0-z6.js"],"runtimeModuleIds":[494553]});</script>`,
  `</body></html>`,
].join("");
const page = head + body;

describe("toReaderHtml", () => {
  const reader = toReaderHtml(page);

  it("drops every script that loads Next's chunks, and their preload hints", () => {
    expect(reader).not.toContain('src="/_next/static/');
    expect(reader).not.toContain("src='/_next/static/");
    expect(reader).not.toMatch(/<link[^>]*as="script"/);
    expect(reader).not.toContain("modulepreload");
  });

  it("drops the inline RSC payload and Turbopack's chunk list", () => {
    expect(reader).not.toContain("__next_f");
    expect(reader).not.toContain("TURBOPACK");
    expect(reader).not.toContain("$Sreact.fragment");
  });

  it("keeps the stylesheet, the font preload, the title, JSON-LD, our own script and React's reveal script", () => {
    for (const kept of [
      `<link rel="stylesheet" href="/_next/static/chunks/4b1d.css" ${N} data-precedence="next"/>`,
      `<link rel="preload" href="/_next/static/media/be-vietnam-pro-latin-400.woff2" as="font" crossorigin="" type="font/woff2"/>`,
      `<title>Hội nghị Ban Chấp hành Đảng bộ | Trang TTĐT</title>`,
      `<script type="application/ld+json">{"@context":"https://schema.org","headline":"Hội nghị \\u003c/script\\u003e"}</script>`,
      `<script src="/copy-link.js" ${N} async=""></script>`,
      `<script ${N}>requestAnimationFrame(function(){$RT=performance.now()});</script>`,
      `<div hidden id="S:0"><p>Tin liên quan</p></div><script ${N}>$RC("B:0","S:0")</script>`,
    ]) {
      expect(reader).toContain(kept);
    }
  });

  it("leaves everything else byte for byte, in order", () => {
    const removed = [
      `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/turbopack-0a1.js" ${N}/>`,
      `<link rel="modulepreload" href="/_next/static/chunks/app.js"/>`,
      `<script src="/_next/static/chunks/a1.js" async="" ${N}></script>`,
      `<script ${N} src='/_next/static/chunks/b2.js' async=""></script>`,
      `<script src="/_next/static/chunks/polyfills.js" ${N} noModule=""></script>`,
      `<script ${N}>(self.__next_f=self.__next_f||[]).push([0])</script>`,
      `<script ${N}>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[\\"/_next/static/chunks/x.js\\"]\\n"])</script>`,
      `<script ${N}>self.__next_f.push([1,"a:[\\"$\\",\\"script\\",null,{\\"children\\":\\"\\u003c/script\\u003e\\"}]\\n"])</script>`,
      `<script ${N} id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/0-z6.js"],"runtimeModuleIds":[494553]});</script>`,
    ];
    expect(reader).toBe(removed.reduce((html, element) => html.replace(element, ""), page));
    expect(Buffer.byteLength(reader)).toBe(Buffer.byteLength(page) - removed.reduce((sum, element) => sum + Buffer.byteLength(element), 0));
  });

  it("keeps a page without Next's scripts as it is", () => {
    const plain = `<!DOCTYPE html><html><head><title>Văn bản</title></head><body><p>Chỉ thị số 07-CT/TW</p></body></html>`;
    expect(toReaderHtml(plain)).toBe(plain);
    expect(toReaderHtml(reader)).toBe(reader);
  });

  it("does not take a chunk on another site for Next's", () => {
    const foreign = `<script src="https://cdn.example/_next/static/chunks/a.js"></script><link rel="preload" as="script" href="/scripts/app.js"/>`;
    expect(toReaderHtml(foreign)).toBe(foreign);
  });
});
