import { describe, expect, it } from "vitest";
import { acceptsEncoding } from "@/lib/runtime/accept-encoding";

describe("Accept-Encoding", () => {
  it("reads a browser's list, q-values and the wildcard", () => {
    expect(acceptsEncoding("gzip, deflate, br, zstd", "br")).toBe(true);
    expect(acceptsEncoding("gzip;q=1.0, br;q=0", "br")).toBe(false);
    expect(acceptsEncoding("*;q=0.5", "br")).toBe(true);
    expect(acceptsEncoding("gzip, *;q=0", "br")).toBe(false);
    expect(acceptsEncoding(undefined, "gzip")).toBe(false);
    expect(acceptsEncoding(["gzip", "br"], "br")).toBe(true);
  });
});
