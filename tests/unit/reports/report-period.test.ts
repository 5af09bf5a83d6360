import { describe, expect, it } from "vitest";
import { parseReportPeriod, periodPlanYear, reportPeriodQuery } from "@/lib/reports/report-period";
import type { PeriodParseResult, ReportPeriod } from "@/lib/reports/report-types";

// 10:00 on 14 May 2026 in Vietnam.
const NOW = new Date("2026-05-14T03:00:00Z");

function parsed(params: Record<string, string>, now = NOW): { period: ReportPeriod; previous: ReportPeriod } {
  const result = parseReportPeriod(params, now);
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result;
}

function refused(params: Record<string, string>): string {
  const result: PeriodParseResult = parseReportPeriod(params, NOW);
  if (result.ok) throw new Error(`accepted: ${result.period.label}`);
  return result.message;
}

describe("parseReportPeriod", () => {
  it("defaults to this month in Vietnam time, bounded at Vietnam midnight", () => {
    const { period, previous } = parsed({});
    expect(period).toEqual({ kind: "month", start: "2026-04-30T17:00:00.000Z", end: "2026-05-31T17:00:00.000Z", label: "Tháng 5 năm 2026" });
    expect(previous).toMatchObject({ kind: "month", start: "2026-03-31T17:00:00.000Z", end: "2026-04-30T17:00:00.000Z", label: "Tháng 4 năm 2026" });
  });

  it("takes this month from Vietnam's calendar, not UTC's (31 Dec 23:30 UTC is already January in Vietnam)", () => {
    const { period } = parsed({}, new Date("2026-12-31T18:30:00Z"));
    expect(period.label).toBe("Tháng 1 năm 2027");
    expect(period.start).toBe("2026-12-31T17:00:00.000Z");
  });

  it("reads a month; January's previous period is December of the year before", () => {
    const { period, previous } = parsed({ ky: "thang", nam: "2026", thang: "1" });
    expect(period).toMatchObject({ start: "2025-12-31T17:00:00.000Z", end: "2026-01-31T17:00:00.000Z", label: "Tháng 1 năm 2026" });
    expect(previous).toMatchObject({ start: "2025-11-30T17:00:00.000Z", end: "2025-12-31T17:00:00.000Z", label: "Tháng 12 năm 2025" });
  });

  it("reads a quarter in Roman numerals; Q1's previous is Q4 of the year before", () => {
    const { period, previous } = parsed({ ky: "quy", nam: "2026", quy: "4" });
    expect(period).toMatchObject({ kind: "quarter", start: "2026-09-30T17:00:00.000Z", end: "2026-12-31T17:00:00.000Z", label: "Quý IV năm 2026" });
    expect(previous.label).toBe("Quý III năm 2026");
    expect(parsed({ ky: "quy", nam: "2026", quy: "1" }).previous).toMatchObject({ label: "Quý IV năm 2025", end: "2025-12-31T17:00:00.000Z" });
  });

  it("defaults a quarter to the current one this year and the last one of another year", () => {
    expect(parsed({ ky: "quy" }).period.label).toBe("Quý II năm 2026");
    expect(parsed({ ky: "quy", nam: "2024" }).period.label).toBe("Quý IV năm 2024");
  });

  it("reads a half year; the first half's previous is the second half of the year before", () => {
    const first = parsed({ ky: "nua-nam", nam: "2026", nua: "1" });
    expect(first.period).toMatchObject({ kind: "half", start: "2025-12-31T17:00:00.000Z", end: "2026-06-30T17:00:00.000Z", label: "6 tháng đầu năm 2026" });
    expect(first.previous.label).toBe("6 tháng cuối năm 2025");
    expect(parsed({ ky: "nua-nam", nam: "2026", nua: "2" }).previous.label).toBe("6 tháng đầu năm 2026");
  });

  it("reads a year; its previous is the year before", () => {
    const { period, previous } = parsed({ ky: "nam", nam: "2025" });
    expect(period).toEqual({ kind: "year", start: "2024-12-31T17:00:00.000Z", end: "2025-12-31T17:00:00.000Z", label: "Năm 2025" });
    expect(previous.label).toBe("Năm 2024");
  });

  it("reads a range with both days included; its previous has as many days just before", () => {
    const { period, previous } = parsed({ ky: "khoang", tu: "2026-03-01", den: "2026-04-15" });
    expect(period).toEqual({ kind: "range", start: "2026-02-28T17:00:00.000Z", end: "2026-04-15T17:00:00.000Z", label: "Từ 01/03/2026 đến 15/04/2026" });
    // 46 days: 14 January to 28 February.
    expect(previous).toEqual({ kind: "range", start: "2026-01-13T17:00:00.000Z", end: "2026-02-28T17:00:00.000Z", label: "Từ 14/01/2026 đến 28/02/2026" });
  });

  it("accepts a one-day range and dd/mm/yyyy", () => {
    const { period, previous } = parsed({ ky: "khoang", tu: "05/03/2026", den: "05/03/2026" });
    expect(period.label).toBe("Từ 05/03/2026 đến 05/03/2026");
    expect(previous.label).toBe("Từ 04/03/2026 đến 04/03/2026");
  });

  it("accepts exactly five years and refuses one day more", () => {
    expect(parsed({ ky: "khoang", tu: "2021-01-01", den: "2025-12-31" }).period.label).toBe("Từ 01/01/2021 đến 31/12/2025");
    expect(refused({ ky: "khoang", tu: "2021-01-01", den: "2026-01-01" })).toBe(
      "Khoảng thời gian dài quá 5 năm: hãy chọn khoảng ngắn hơn (đến ngày 31/12/2025 là dài nhất).",
    );
  });

  it("refuses an upside-down range, naming both days", () => {
    expect(refused({ ky: "khoang", tu: "2026-04-15", den: "2026-03-01" })).toBe(
      "Khoảng thời gian bị ngược: “Từ ngày” (15/04/2026) phải trước hoặc bằng “Đến ngày” (01/03/2026).",
    );
  });

  it("refuses a missing or impossible day, a bad month, quarter, year or kind", () => {
    expect(refused({ ky: "khoang", tu: "2026-03-01" })).toMatch(/^Chọn cả ngày bắt đầu/);
    expect(refused({ ky: "khoang", tu: "2026-02-30", den: "2026-03-01" })).toMatch(/^“Từ ngày” không phải một ngày hợp lệ \(2026-02-30\)/);
    expect(refused({ ky: "khoang", tu: "2026-02-01", den: "hôm qua" })).toMatch(/^“Đến ngày” không phải một ngày hợp lệ/);
    expect(refused({ ky: "thang", thang: "13" })).toBe("Tháng phải là một số từ 1 đến 12.");
    expect(refused({ ky: "quy", quy: "5" })).toMatch(/^Quý phải là I, II, III hoặc IV/);
    expect(refused({ ky: "nua-nam", nua: "3" })).toBe("Chọn 6 tháng đầu năm hoặc 6 tháng cuối năm.");
    expect(refused({ ky: "nam", nam: "1999" })).toBe("Năm phải là một số từ 2000 đến 2100.");
    expect(refused({ ky: "tuan" })).toMatch(/^Loại kỳ báo cáo không hợp lệ/);
  });
});

describe("reportPeriodQuery", () => {
  it.each([
    [{ ky: "thang", nam: "2026", thang: "2" }],
    [{ ky: "quy", nam: "2026", quy: "3" }],
    [{ ky: "nua-nam", nam: "2026", nua: "2" }],
    [{ ky: "nam", nam: "2025" }],
    [{ ky: "khoang", tu: "2026-03-01", den: "2026-04-15" }],
  ])("gives back the parameters that read as the same period: %o", (params) => {
    const { period } = parsed(params);
    expect(Object.fromEntries(reportPeriodQuery(period))).toEqual(params);
    expect(parsed(Object.fromEntries(reportPeriodQuery(period))).period).toEqual(period);
  });
});

describe("periodPlanYear", () => {
  it("is the Vietnam year of the period's last day", () => {
    expect(periodPlanYear(parsed({ ky: "nam", nam: "2025" }).period)).toBe(2025);
    expect(periodPlanYear(parsed({ ky: "khoang", tu: "2025-11-01", den: "2026-01-31" }).period)).toBe(2026);
    expect(periodPlanYear(parsed({ ky: "thang", nam: "2026", thang: "12" }).period)).toBe(2026);
  });
});
