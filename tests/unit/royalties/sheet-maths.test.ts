import { describe, expect, it } from "vitest";
import {
  budgetUsedShare,
  isPeriodStarted,
  paidOnProblem,
  parseIsoDate,
  paymentStatus,
  periodOrCurrent,
  shiftPeriod,
  vietnamDateString,
  withBudget,
  yearOrCurrent,
} from "@/lib/royalties/royalty-sheet-maths";
import { sheetTitle } from "@/lib/royalties/royalty-sheet-labels";

describe("payment status", () => {
  it("is unpaid without a payment, paid when it matches the total, differing otherwise", () => {
    expect(paymentStatus(468_000, null)).toBe("UNPAID");
    expect(paymentStatus(468_000, { amountVnd: 468_000 })).toBe("PAID");
    expect(paymentStatus(585_000, { amountVnd: 468_000 })).toBe("PAID_DIFFERS");
    expect(paymentStatus(0, { amountVnd: 468_000 })).toBe("PAID_DIFFERS");
  });
});

describe("payment date", () => {
  const today = "2026-12-07";
  it("accepts a real date from the first of the month to today", () => {
    expect(paidOnProblem("2026-11-01", "2026-11", today)).toBeNull();
    expect(paidOnProblem("2026-12-07", "2026-11", today)).toBeNull();
  });
  it("refuses the future, before the month, and dates that do not exist", () => {
    expect(paidOnProblem("2026-12-08", "2026-11", today)).toBe("Ngày chi không được sau ngày hôm nay.");
    expect(paidOnProblem("2026-10-31", "2026-11", today)).toBe("Ngày chi không được trước ngày đầu tháng 11/2026.");
    expect(paidOnProblem("2026-02-29", "2026-02", today)).toMatch(/hợp lệ/);
    expect(paidOnProblem("07/12/2026", "2026-11", today)).toMatch(/hợp lệ/);
    expect(parseIsoDate("2028-02-29")).toBe("2028-02-29");
  });
  it("takes today in Vietnam time", () => {
    // 18:00 UTC on 6 December is already 7 December in Vietnam.
    expect(vietnamDateString(new Date("2026-12-06T18:00:00Z"))).toBe("2026-12-07");
    expect(vietnamDateString(new Date("2026-12-06T16:59:59Z"))).toBe("2026-12-06");
  });
});

describe("periods", () => {
  it("locks a month only once it has started", () => {
    expect(isPeriodStarted("2026-12", "2026-12-01")).toBe(true);
    expect(isPeriodStarted("2026-12", "2026-11-30")).toBe(false);
  });
  it("steps across years", () => {
    expect(shiftPeriod("2026-01", -1)).toBe("2025-12");
    expect(shiftPeriod("2026-12", 1)).toBe("2027-01");
    expect(shiftPeriod("2026-06", 0)).toBe("2026-06");
  });
  it("falls back to the current month and year for anything else", () => {
    const now = new Date("2026-12-31T18:00:00Z"); // 1 January 2027 in Vietnam
    expect(periodOrCurrent("2026-03", now)).toBe("2026-03");
    // As typed in the month picker, whatever the browser's language.
    expect(periodOrCurrent("3/2026", now)).toBe("2026-03");
    expect(periodOrCurrent(" 11 / 2026 ", now)).toBe("2026-11");
    expect(periodOrCurrent("2026-13", now)).toBe("2027-01");
    expect(periodOrCurrent(undefined, now)).toBe("2027-01");
    expect(yearOrCurrent("2025", now)).toBe(2025);
    expect(yearOrCurrent("abc", now)).toBe(2027);
    expect(yearOrCurrent("1999", now)).toBe(2027);
  });
  it("titles the printed sheet", () => {
    expect(sheetTitle("2026-11")).toBe("BẢNG THANH TOÁN NHUẬN BÚT THÁNG 11 NĂM 2026");
    expect(sheetTitle("2026-03")).toBe("BẢNG THANH TOÁN NHUẬN BÚT THÁNG 3 NĂM 2026");
  });
});

describe("budget", () => {
  it("adds payments up month by month and takes them off the budget", () => {
    const month = (m: number, paidVnd: number) => ({ period: `2026-${String(m).padStart(2, "0")}`, month: m, gradedVnd: paidVnd, itemCount: 1, paidVnd, isLocked: true });
    const rows = withBudget([month(1, 1_000_000), month(2, 0), month(3, 2_500_000)], 3_000_000);
    expect(rows.map((row) => [row.cumulativePaidVnd, row.remainingVnd])).toEqual([
      [1_000_000, 2_000_000],
      [1_000_000, 2_000_000],
      [3_500_000, -500_000],
    ]);
    expect(budgetUsedShare(1_500_000, 3_000_000)).toBe(0.5);
    expect(budgetUsedShare(1_500_000, 0)).toBe(0);
  });
});
