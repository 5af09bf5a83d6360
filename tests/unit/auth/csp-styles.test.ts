import { describe, expect, it } from "vitest";
import { buildCsp } from "@/lib/auth/csp";

const styleSrc = (csp: string) => csp.split("; ").find((part) => part.startsWith("style-src "));

describe("style-src", () => {
  it("allows no inline style on the public site and the sign-in pages", () => {
    for (const pathname of ["/", "/bai-viet/tin-moi", "/bai-viet/tin-moi/in", "/chuyen-muc/xay-dung-dang", "/van-ban", "/tim-kiem", "/dang-nhap", "/quan-tri-gia"]) {
      expect(styleSrc(buildCsp({ nonce: "n", isDev: false, pathname })), pathname).toBe("style-src 'self'");
    }
  });

  it("keeps 'unsafe-inline' in the back office (editor, unit tree, report tables) and in development", () => {
    for (const pathname of ["/quan-tri", "/quan-tri/don-vi", "/quan-tri/bai-viet/7"]) {
      expect(styleSrc(buildCsp({ nonce: "n", isDev: false, pathname })), pathname).toBe("style-src 'self' 'unsafe-inline'");
    }
    expect(styleSrc(buildCsp({ nonce: "n", isDev: true, pathname: "/" }))).toBe("style-src 'self' 'unsafe-inline'");
  });

  it("never lets the style rule loosen scripts", () => {
    expect(buildCsp({ nonce: "n", isDev: false, pathname: "/quan-tri" })).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});
