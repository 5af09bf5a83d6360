import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "@/lib/media/same-origin";

const post = (url: string, origin?: string) =>
  new Request(url, { method: "POST", headers: origin === undefined ? {} : { origin } });

describe("isSameOriginRequest", () => {
  const site = "https://ttdt.example.vn";

  it("accepts the request's own origin and the configured site", () => {
    expect(isSameOriginRequest(post("http://localhost:3000/api/uploads", "http://localhost:3000"), site)).toBe(true);
    expect(isSameOriginRequest(post("http://10.0.0.5:3000/api/uploads", "https://ttdt.example.vn"), site)).toBe(true);
  });

  it("refuses other sites, look-alikes, a missing or opaque origin", () => {
    expect(isSameOriginRequest(post("http://localhost:3000/api/uploads", "https://evil.example"), site)).toBe(false);
    expect(isSameOriginRequest(post("http://localhost:3000/api/uploads", "http://localhost:3001"), site)).toBe(false);
    expect(isSameOriginRequest(post("http://localhost:3000/api/uploads", "https://ttdt.example.vn.evil.example"), site)).toBe(false);
    expect(isSameOriginRequest(post("http://localhost:3000/api/uploads", "http://ttdt.example.vn"), site)).toBe(false);
    expect(isSameOriginRequest(post("http://localhost:3000/api/uploads", "null"), site)).toBe(false);
    expect(isSameOriginRequest(post("http://localhost:3000/api/uploads"), site)).toBe(false);
  });
});
