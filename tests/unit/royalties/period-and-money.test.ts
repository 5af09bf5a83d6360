import { describe, expect, it } from "vitest";
import { formatVnd, groupThousands } from "@/lib/royalties/format-vnd";
import {
  parseRoyaltyPeriod,
  royaltyPeriodLabel,
  royaltyPeriodOf,
  royaltyPeriodRange,
  royaltyPeriodsOfYear,
} from "@/lib/royalties/royalty-period";

describe("royalty periods", () => {
  it("puts an item in the Vietnam month it was published in, across midnight UTC", () => {
    // 30 November 2026, 23:30 in Hà Nội is 16:30 UTC: still November.
    expect(royaltyPeriodOf(new Date("2026-11-30T16:30:00Z"))).toBe("2026-11");
    // 1 December 2026, 00:30 in Hà Nội is 30 November 17:30 UTC: December.
    expect(royaltyPeriodOf(new Date("2026-11-30T17:30:00Z"))).toBe("2026-12");
    expect(royaltyPeriodOf(new Date("2026-12-31T17:00:00Z"))).toBe("2027-01");
  });

  it("reads only well-formed months", () => {
    expect(parseRoyaltyPeriod("2026-11")).toEqual({ year: 2026, month: 11 });
    expect(parseRoyaltyPeriod(["2026-01", "x"])).toEqual({ year: 2026, month: 1 });
    for (const bad of ["2026-13", "2026-00", "2026-1", "26-11", "", undefined, null, "1999-05"]) {
      expect(parseRoyaltyPeriod(bad)).toBeNull();
    }
  });

  it("gives a month's bounds as Vietnam midnights", () => {
    const { start, end } = royaltyPeriodRange("2026-12");
    expect(start.toISOString()).toBe("2026-11-30T17:00:00.000Z");
    expect(end.toISOString()).toBe("2026-12-31T17:00:00.000Z");
    expect(() => royaltyPeriodRange("2026-13")).toThrow();
  });

  it("labels and lists months", () => {
    expect(royaltyPeriodLabel("2026-03")).toBe("tháng 03/2026");
    expect(royaltyPeriodsOfYear(2026)).toHaveLength(12);
    expect(royaltyPeriodsOfYear(2026)[11]).toBe("2026-12");
  });
});

describe("money", () => {
  it("writes whole VND with dots between thousands and the đồng sign", () => {
    expect(formatVnd(1_234_000)).toBe("1.234.000\u00a0₫");
    expect(formatVnd(0)).toBe("0\u00a0₫");
    expect(formatVnd(999)).toBe("999\u00a0₫");
    expect(formatVnd(5_000_000_000n)).toBe("5.000.000.000\u00a0₫");
    expect(groupThousands(-1500)).toBe("-1.500");
  });
});
