import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { createPageEntry, freshNonce, pickEncoding, renderPageEntry } from "@/lib/runtime/page-cache/page-entry";

const SECRET = "c2VjcmV0LW5vbmNlLTEyMzQ=";
const page = (nonce: string) =>
  `<!DOCTYPE html><html lang="vi"><head><script nonce="${nonce}" src="/_next/static/a.js"></script></head>` +
  `<body><h1>Đảng bộ tổ chức hội nghị</h1>${"<p>Bài viết về công tác xây dựng Đảng năm 2026.</p>".repeat(500)}` +
  `<script nonce="${nonce}">self.__next_f.push([1,"x"])</script></body></html>`;

function entry() {
  return createPageEntry({
    status: 200,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Security-Policy", `script-src 'self' 'nonce-${SECRET}' 'strict-dynamic'`],
      ["Content-Length", "123"],
      ["Date", "Mon, 07 Dec 2026 03:00:00 GMT"],
    ],
    body: Buffer.from(page(SECRET)),
    secret: SECRET,
  });
}

const header = (headers: [string, string][], name: string) => headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];

describe("a cached page served to one reader", () => {
  it("carries that reader's nonce wherever the secret was, in the body and the CSP, and never the secret", () => {
    const nonce = freshNonce();
    const response = renderPageEntry(entry(), nonce, "identity");
    expect(response.body.toString()).toBe(page(nonce));
    expect(header(response.headers, "Content-Security-Policy")).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(response.body.includes(SECRET)).toBe(false);
    expect(header(response.headers, "Content-Length")).toBe(String(response.body.length));
  });

  it("gives every response a different nonce", () => {
    const nonces = new Set(Array.from({ length: 1000 }, () => freshNonce()));
    expect(nonces.size).toBe(1000);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("sends gzip that any gunzip reads back as the page with the fresh nonce", () => {
    const nonce = freshNonce();
    const response = renderPageEntry(entry(), nonce, "gzip");
    expect(header(response.headers, "Content-Encoding")).toBe("gzip");
    expect(zlib.gunzipSync(response.body).toString()).toBe(page(nonce));
    // Spliced pieces compress about as well as the whole page would.
    expect(response.body.length).toBeLessThan(zlib.gzipSync(page(nonce), { level: 9 }).length * 1.1 + 40);
  });

  it("sends brotli that decodes to the page with the fresh nonce", () => {
    const nonce = freshNonce();
    const response = renderPageEntry(entry(), nonce, "br");
    expect(zlib.brotliDecompressSync(response.body).toString()).toBe(page(nonce));
  });

  it("keeps a page without any nonce (a feed) intact in every encoding", () => {
    const feed = createPageEntry({ status: 200, headers: [["Content-Type", "application/rss+xml"]], body: Buffer.from("<rss>Tin mới</rss>"), secret: SECRET });
    for (const encoding of ["identity", "gzip", "br"] as const) {
      const body = renderPageEntry(feed, freshNonce(), encoding).body;
      const plain = encoding === "gzip" ? zlib.gunzipSync(body) : encoding === "br" ? zlib.brotliDecompressSync(body) : body;
      expect(plain.toString()).toBe("<rss>Tin mới</rss>");
    }
  });

  it("stores no per-transfer header (length, date) and says how it is encoded", () => {
    const response = renderPageEntry(entry(), freshNonce(), "gzip");
    expect(response.headers.filter(([name]) => name === "Date")).toEqual([]);
    expect(response.headers.filter(([name]) => name.toLowerCase() === "content-length")).toHaveLength(1);
    expect(header(response.headers, "Vary")).toBe("Accept-Encoding");
  });
});

describe("choosing the encoding", () => {
  it("prefers gzip, then brotli, and honours q=0", () => {
    expect(pickEncoding("gzip, deflate, br, zstd")).toBe("gzip");
    expect(pickEncoding("br")).toBe("br");
    expect(pickEncoding("gzip;q=0, br")).toBe("br");
    expect(pickEncoding(undefined)).toBe("identity");
    expect(pickEncoding("identity")).toBe("identity");
    expect(pickEncoding("*")).toBe("gzip");
  });
});

describe("a cached share image", () => {
  it("is sent as it is, never compressed again", () => {
    const png = createPageEntry({ status: 200, headers: [["Content-Type", "image/png"]], body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), secret: SECRET });
    const response = renderPageEntry(png, freshNonce(), "gzip");
    expect(response.body).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
    expect(header(response.headers, "Content-Encoding")).toBeUndefined();
  });
});
