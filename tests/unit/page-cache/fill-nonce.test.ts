import { describe, expect, it } from "vitest";
import { pageCacheFillNonce } from "@/lib/page-cache/fill-nonce";

const SECRET = "s".repeat(43);
const NONCE = "QUJDREVGR0hJSktMTU5PUA==";
const headers = (values: Record<string, string>) => new Headers(values);

describe("the nonce a page-cache fill may choose", () => {
  it("is taken only with the server's own secret", () => {
    expect(pageCacheFillNonce(headers({ "x-page-cache-fill": SECRET, "x-page-cache-nonce": NONCE }), SECRET)).toBe(NONCE);
    expect(pageCacheFillNonce(headers({ "x-page-cache-fill": "t".repeat(43), "x-page-cache-nonce": NONCE }), SECRET)).toBeUndefined();
    expect(pageCacheFillNonce(headers({ "x-page-cache-nonce": NONCE }), SECRET)).toBeUndefined();
  });

  it("is never taken when the server has no cache secret, or when it is not a nonce", () => {
    expect(pageCacheFillNonce(headers({ "x-page-cache-fill": SECRET, "x-page-cache-nonce": NONCE }), undefined)).toBeUndefined();
    expect(pageCacheFillNonce(headers({ "x-page-cache-fill": SECRET, "x-page-cache-nonce": "abc' 'unsafe-inline" }), SECRET)).toBeUndefined();
  });
});
