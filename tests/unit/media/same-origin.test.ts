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

  it("accepts the host the browser sent the request to, whatever SITE_URL says", () => {
    const at = (url: string, headers: Record<string, string>) => new Request(url, { method: "POST", headers });
    const local = "http://localhost:3000";
    // Opened at 127.0.0.1 while SITE_URL names localhost: Next's own URL says localhost.
    expect(isSameOriginRequest(at("http://localhost:3000/api/uploads", { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" }), local)).toBe(true);
    // Behind a proxy that terminates TLS.
    expect(
      isSameOriginRequest(
        at("http://10.0.0.5:3000/api/uploads", { host: "10.0.0.5:3000", "x-forwarded-host": "ttdt.tinh.vn", origin: "https://ttdt.tinh.vn" }),
        local,
      ),
    ).toBe(true);
    // Another site's page cannot pass by naming our host in its own Origin.
    expect(isSameOriginRequest(at("http://localhost:3000/api/uploads", { host: "127.0.0.1:3000", origin: "http://evil.example" }), local)).toBe(false);
    expect(isSameOriginRequest(at("http://localhost:3000/api/uploads", { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3001" }), local)).toBe(false);
    expect(isSameOriginRequest(at("http://localhost:3000/api/uploads", { host: "127.0.0.1:3000", origin: "file://127.0.0.1:3000" }), local)).toBe(false);
  });
});
