import { describe, expect, it } from "vitest";
import { expectedCount, isCurrentWindowShort, measuredEnd, wholeDaysBetween, windowAt, windowCount } from "@/lib/reports/cadence-math";

const vn = (local: string) => new Date(`${local}+07:00`);
const MARCH = { from: vn("2026-03-01T00:00:00"), to: vn("2026-04-01T00:00:00") };

describe("windowAt", () => {
  it("takes days, ISO weeks (Monday to Sunday) and months in Vietnam time", () => {
    // 03:00 on Thursday 16 July in Vietnam is still Wednesday 15 July in UTC.
    const instant = new Date("2026-07-15T20:00:00Z");
    expect(windowAt("DAILY", instant)).toEqual({ start: vn("2026-07-16T00:00:00"), end: vn("2026-07-17T00:00:00") });
    expect(windowAt("WEEKLY", instant)).toEqual({ start: vn("2026-07-13T00:00:00"), end: vn("2026-07-20T00:00:00") });
    expect(windowAt("MONTHLY", instant)).toEqual({ start: vn("2026-07-01T00:00:00"), end: vn("2026-08-01T00:00:00") });
    // Sunday belongs to the week that began on the Monday before.
    expect(windowAt("WEEKLY", vn("2026-03-01T23:00:00")).start).toEqual(vn("2026-02-23T00:00:00"));
  });
});

describe("expectedCount", () => {
  it("multiplies the target by the windows in the period, partial weeks for their share, rounded down", () => {
    // March 2026: Sunday 1st (1/7 of a week), four whole weeks, Monday 30th and Tuesday 31st (2/7).
    expect(windowCount("WEEKLY", MARCH.from, MARCH.to)).toBeCloseTo(31 / 7, 10);
    expect(expectedCount("WEEKLY", 2, MARCH.from, MARCH.to)).toBe(8);
    expect(expectedCount("DAILY", 1, MARCH.from, MARCH.to)).toBe(31);
    expect(expectedCount("DAILY", 2, MARCH.from, MARCH.to)).toBe(62);
    expect(expectedCount("MONTHLY", 3, MARCH.from, MARCH.to)).toBe(3);
  });

  it("counts half a February and half a March for their own lengths", () => {
    // 14/28 of February + 14/31 of March = 0.95 months: 2.85 items asked, 2 expected.
    expect(expectedCount("MONTHLY", 3, vn("2026-02-15T00:00:00"), vn("2026-03-15T00:00:00"))).toBe(2);
  });

  it("keeps whole weeks whole despite floating point", () => {
    expect(expectedCount("WEEKLY", 1, vn("2026-03-02T00:00:00"), vn("2026-03-30T00:00:00"))).toBe(4);
  });

  it("asks nothing without a cadence, a target or any time", () => {
    expect(expectedCount("NONE", 3, MARCH.from, MARCH.to)).toBe(0);
    expect(expectedCount("DAILY", 0, MARCH.from, MARCH.to)).toBe(0);
    expect(expectedCount("DAILY", 1, MARCH.to, MARCH.to)).toBe(0);
  });
});

describe("isCurrentWindowShort", () => {
  it("flags today once more than half of it has gone without the target", () => {
    expect(isCurrentWindowShort("DAILY", 1, 0, vn("2026-07-15T11:59:00"))).toBe(false);
    expect(isCurrentWindowShort("DAILY", 1, 0, vn("2026-07-15T12:01:00"))).toBe(true);
    expect(isCurrentWindowShort("DAILY", 1, 1, vn("2026-07-15T23:00:00"))).toBe(false);
  });

  it("flags this week from Thursday noon and this month from its middle", () => {
    expect(isCurrentWindowShort("WEEKLY", 2, 1, vn("2026-07-16T11:00:00"))).toBe(false);
    expect(isCurrentWindowShort("WEEKLY", 2, 1, vn("2026-07-16T13:00:00"))).toBe(true);
    expect(isCurrentWindowShort("MONTHLY", 1, 0, vn("2026-07-16T13:00:00"))).toBe(true);
    expect(isCurrentWindowShort("MONTHLY", 1, 0, vn("2026-07-10T13:00:00"))).toBe(false);
    expect(isCurrentWindowShort("NONE", 1, 0, vn("2026-07-31T13:00:00"))).toBe(false);
  });
});

describe("days", () => {
  it("counts whole days since an instant, null when there is none", () => {
    expect(wholeDaysBetween(vn("2026-07-10T08:00:00"), vn("2026-07-15T10:00:00"))).toBe(5);
    expect(wholeDaysBetween(vn("2026-07-15T08:00:00"), vn("2026-07-15T10:00:00"))).toBe(0);
    expect(wholeDaysBetween(null, vn("2026-07-15T10:00:00"))).toBeNull();
  });

  it("measures a running period to now, a future one not at all", () => {
    const now = vn("2026-07-15T10:00:00");
    expect(measuredEnd(vn("2026-07-01T00:00:00"), vn("2026-08-01T00:00:00"), now)).toEqual(now);
    expect(measuredEnd(MARCH.from, MARCH.to, now)).toEqual(MARCH.to);
    expect(measuredEnd(vn("2026-09-01T00:00:00"), vn("2026-10-01T00:00:00"), now)).toEqual(vn("2026-09-01T00:00:00"));
  });
});
