import { describe, expect, it } from "vitest";
import { pageCacheKey } from "@/lib/runtime/page-cache/cacheable-request";

const get = (url: string, headers: Record<string, string> = {}) => pageCacheKey({ method: "GET", url, headers });

describe("what the page cache may answer", () => {
  it("answers anonymous readers' public pages, keyed by path and query", () => {
    for (const url of ["/", "/chuyen-muc/tin-tuc?trang=2", "/bai-viet/hoi-nghi", "/bai-viet/hoi-nghi/in", "/van-ban", "/van-ban/35-nq-tw", "/chuyen-trang/dai-hoi", "/tim-kiem?q=%C4%91%E1%BA%A3ng", "/rss.xml", "/sitemap.xml"]) {
      expect(get(url)).toBe(url);
    }
    expect(pageCacheKey({ method: "HEAD", url: "/", headers: {} })).toBe("/");
  });

  it("never answers a request with a session cookie, even among other cookies", () => {
    expect(get("/", { cookie: "next-auth.session-token=abc" })).toBeNull();
    expect(get("/", { cookie: "theme=dark; __Secure-next-auth.session-token=abc" })).toBeNull();
    expect(get("/", { cookie: "next-auth.session-token.0=abc" })).toBeNull();
    expect(get("/", { cookie: "next-auth.csrf-token=x" })).toBe("/");
  });

  it("leaves the back office, sign-in, APIs, build files and media to Next", () => {
    for (const url of ["/quan-tri", "/quan-tri/bai-viet", "/dang-nhap", "/quen-mat-khau", "/api/media/1", "/api/auth/session", "/_next/static/a.js", "/favicon.ico", "/bai-viet-khac"]) {
      expect(get(url)).toBeNull();
    }
  });

  it("leaves Next's own client requests and server actions alone", () => {
    expect(get("/bai-viet/x", { rsc: "1" })).toBeNull();
    expect(get("/bai-viet/x?_rsc=abc")).toBeNull();
    expect(get("/", { "next-action": "abc" })).toBeNull();
    expect(get("/", { "next-router-prefetch": "1" })).toBeNull();
    expect(pageCacheKey({ method: "POST", url: "/", headers: {} })).toBeNull();
  });

  it("refuses authorised, partial and overlong requests", () => {
    expect(get("/", { authorization: "Basic x" })).toBeNull();
    expect(get("/", { range: "bytes=0-10" })).toBeNull();
    expect(get(`/tim-kiem?q=${"a".repeat(600)}`)).toBeNull();
  });
});
