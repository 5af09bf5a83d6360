import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/server/auth/client-ip";
import { safeCallbackUrl } from "@/lib/auth/safe-redirect";

describe("callbackUrl", () => {
  it.each([
    ["/quan-tri/nguoi-dung", "/quan-tri/nguoi-dung"],
    ["/quan-tri?trang=2#x", "/quan-tri?trang=2#x"],
    ["/bai-viet/theo-guong-bac", "/bai-viet/theo-guong-bac"],
  ])("keeps the path %s", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });

  it.each([
    "https://evil.example/quan-tri",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/%2F%2Fevil.example",
    "%2F%2Fevil.example",
    "/%5Cevil.example",
    "javascript:alert(1)",
    "quan-tri",
    " /quan-tri",
    "/quan-tri\n",
    "/\t/evil.example",
    "",
    undefined,
    ["/quan-tri"],
    "/" + "a".repeat(3000),
  ])("falls back to /quan-tri for %j", (input) => {
    expect(safeCallbackUrl(input)).toBe("/quan-tri");
  });

  it("uses the given fallback", () => {
    expect(safeCallbackUrl("//x", "/")).toBe("/");
  });
});

describe("client address", () => {
  const headers = (forwardedFor?: string) => new Headers(forwardedFor ? { "x-forwarded-for": forwardedFor } : {});

  it("believes only the last hop (the TCP peer) without trusted proxies", () => {
    expect(clientIp(headers("6.6.6.6, 203.0.113.9"), [])).toBe("203.0.113.9");
    expect(clientIp(headers("203.0.113.9"), [])).toBe("203.0.113.9");
  });

  it("walks back through trusted proxies only", () => {
    expect(clientIp(headers("6.6.6.6, 198.51.100.7, 10.0.0.2"), ["10.0.0.2"])).toBe("198.51.100.7");
    expect(clientIp(headers("6.6.6.6, 198.51.100.7, 10.0.0.3, 10.0.0.2"), ["10.0.0.2", "10.0.0.3"])).toBe("198.51.100.7");
  });

  it("never walks past the first hop, even when all are trusted", () => {
    expect(clientIp(headers("10.0.0.3, 10.0.0.2"), ["10.0.0.2", "10.0.0.3"])).toBe("10.0.0.3");
  });

  it("reads IPv4 addresses on IPv6 sockets as IPv4", () => {
    expect(clientIp(headers("198.51.100.7, ::ffff:10.0.0.2"), ["10.0.0.2"])).toBe("198.51.100.7");
    expect(clientIp(headers("::ffff:127.0.0.1"), [])).toBe("127.0.0.1");
  });

  it("is null without the header", () => {
    expect(clientIp(headers(), [])).toBeNull();
  });
});
