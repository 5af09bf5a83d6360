import { describe, expect, it } from "vitest";
import {
  defaultGenreFor,
  equalShareBasisPoints,
  formatCoefficient,
  formatSharePercent,
  parseCoefficient,
  parseSharePercent,
  parseVnd,
  royaltyTotalVnd,
  splitRoyalty,
} from "@/lib/royalties/royalty-maths";

describe("royaltyTotalVnd", () => {
  it("multiplies the coefficient by the unit value, with the bonus, in whole VND", () => {
    // 1,5 × 234.000 = 351.000
    expect(royaltyTotalVnd({ coefficient: 150, unitValueVnd: 234_000, bonusPercent: 0 })).toBe(351_000);
    // 2,75 × 234.000 × 1,15 = 740.025
    expect(royaltyTotalVnd({ coefficient: 275, unitValueVnd: 234_000, bonusPercent: 15 })).toBe(740_025);
    expect(royaltyTotalVnd({ coefficient: 100, unitValueVnd: 234_000 })).toBe(234_000);
  });

  it("rounds half up, and never drifts the way floating point does", () => {
    // 0,01 × 50 = 0,5 → 1; 0,01 × 49 = 0,49 → 0
    expect(royaltyTotalVnd({ coefficient: 1, unitValueVnd: 50, bonusPercent: 0 })).toBe(1);
    expect(royaltyTotalVnd({ coefficient: 1, unitValueVnd: 49, bonusPercent: 0 })).toBe(0);
    // 1,15 × 100.001 × 1,1 = 126.501,265 → 126.501 (floats give 126501.26499999…)
    expect(royaltyTotalVnd({ coefficient: 115, unitValueVnd: 100_001, bonusPercent: 10 })).toBe(126_501);
    // 0,05 × 10 × 1,1 = 0,55 → 1 (0.05 * 10 * 1.1 is 0.55000000000000004 or 0.5499… in floats)
    expect(royaltyTotalVnd({ coefficient: 5, unitValueVnd: 10, bonusPercent: 10 })).toBe(1);
    // 0,33 × 1.500 × 1,1 = 544,5 → 545
    expect(royaltyTotalVnd({ coefficient: 33, unitValueVnd: 1_500, bonusPercent: 10 })).toBe(545);
  });

  it("handles amounts far beyond 2^53 in the intermediate product", () => {
    expect(royaltyTotalVnd({ coefficient: 10_000, unitValueVnd: 100_000_000, bonusPercent: 1000 })).toBe(110_000_000_000);
  });

  it("refuses fractions and negatives", () => {
    expect(() => royaltyTotalVnd({ coefficient: 1.5, unitValueVnd: 234_000 })).toThrow(RangeError);
    expect(() => royaltyTotalVnd({ coefficient: 150, unitValueVnd: -1 })).toThrow(RangeError);
  });
});

describe("shares", () => {
  it("splits 100 % into equal basis points that add up exactly", () => {
    expect(equalShareBasisPoints(1)).toEqual([10_000]);
    expect(equalShareBasisPoints(2)).toEqual([5_000, 5_000]);
    expect(equalShareBasisPoints(3)).toEqual([3_334, 3_333, 3_333]);
    expect(equalShareBasisPoints(7).reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(equalShareBasisPoints(0)).toEqual([]);
  });

  it("splits a total so the amounts add up to it exactly, leftovers to the largest remainders", () => {
    const shares = [
      { userId: 1, basisPoints: 3_334 },
      { userId: 2, basisPoints: 3_333 },
      { userId: 3, basisPoints: 3_333 },
    ];
    // 100.000 × 0,3334 = 33.340; × 0,3333 = 33.330 twice: no leftover.
    expect(splitRoyalty(100_000, shares).map((share) => share.amountVnd)).toEqual([33_340, 33_330, 33_330]);
    // 100 ₫: 33,34 / 33,33 / 33,33 → floors 33/33/33, one left for the largest remainder (the first).
    expect(splitRoyalty(100, shares).map((share) => share.amountVnd)).toEqual([34, 33, 33]);
  });

  it("breaks ties by order, the same every time", () => {
    const shares = [
      { userId: 9, basisPoints: 5_000 },
      { userId: 4, basisPoints: 5_000 },
    ];
    expect(splitRoyalty(370_013 + 370_012, shares).map((share) => share.amountVnd)).toEqual([370_013, 370_012]);
    expect(splitRoyalty(1, shares).map((share) => share.amountVnd)).toEqual([1, 0]);
  });

  it("always adds up, whatever the total and the shares", () => {
    for (let total = 0; total < 2_000; total += 37) {
      for (const count of [1, 2, 3, 6, 7]) {
        const points = equalShareBasisPoints(count);
        const amounts = splitRoyalty(total, points.map((basisPoints, userId) => ({ userId, basisPoints })));
        expect(amounts.reduce((sum, share) => sum + share.amountVnd, 0)).toBe(total);
        expect(Math.max(...amounts.map((a) => a.amountVnd)) - Math.min(...amounts.map((a) => a.amountVnd))).toBeLessThanOrEqual(1);
      }
    }
  });

  it("refuses shares that do not make 100 %", () => {
    expect(() => splitRoyalty(1_000, [{ userId: 1, basisPoints: 9_999 }])).toThrow(RangeError);
    expect(() => splitRoyalty(1_000, [])).toThrow(RangeError);
  });
});

describe("genre and number formats", () => {
  it("presets the genre from the item's kind", () => {
    expect(defaultGenreFor("NEWS", false)).toBe("NEWS");
    expect(defaultGenreFor("ARTICLE", false)).toBe("ARTICLE");
    expect(defaultGenreFor("ARTICLE", true)).toBe("IN_DEPTH");
    expect(defaultGenreFor("PHOTO_STORY", false)).toBe("PHOTO");
    expect(defaultGenreFor("VIDEO", false)).toBe("VIDEO");
  });

  it("reads and writes coefficients with the Vietnamese decimal comma", () => {
    expect(parseCoefficient("1,5")).toBe(150);
    expect(parseCoefficient("1.25")).toBe(125);
    expect(parseCoefficient(" 2 ")).toBe(200);
    expect(parseCoefficient("0,05")).toBe(5);
    expect(parseCoefficient("1,234")).toBeNull();
    expect(parseCoefficient("-1")).toBeNull();
    expect(parseCoefficient("")).toBeNull();
    expect(formatCoefficient(150)).toBe("1,5");
    expect(formatCoefficient(125)).toBe("1,25");
    expect(formatCoefficient(200)).toBe("2");
    expect(formatCoefficient(5)).toBe("0,05");
    for (const hundredths of [1, 10, 99, 100, 101, 150, 1234]) expect(parseCoefficient(formatCoefficient(hundredths))).toBe(hundredths);
  });

  it("reads shares as percents and money as whole VND", () => {
    expect(parseSharePercent("33,34")).toBe(3_334);
    expect(parseSharePercent("100")).toBe(10_000);
    expect(parseSharePercent("100,01")).toBeNull();
    expect(formatSharePercent(3_333)).toBe("33,33");
    expect(parseVnd("2.340.000")).toBe(2_340_000);
    expect(parseVnd("2 340 000 ₫")).toBe(2_340_000);
    expect(parseVnd("234000")).toBe(234_000);
    expect(parseVnd("2.340.000,5")).toBeNull();
    expect(parseVnd("-5")).toBeNull();
  });
});
