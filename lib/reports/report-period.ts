import type { PeriodParseResult } from "@/lib/reports/report-types";

// Reporting periods in Vietnam time: a month, quarter, half year, year or any
// range up to 5 years, and the period of the same length just before it.
// Pure. CONTRACT STUB: implemented by the reports helper.

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * URL parameters: ky (thang|quy|nua-nam|nam|khoang), nam, thang (1..12),
 * quy (1..4), nua (1|2), tu, den (yyyy-mm-dd, inclusive). Missing: this
 * month. Upside-down or longer than 5 years: refused with a Vietnamese message.
 */
export function parseReportPeriod(params: SearchParams, now: Date = new Date()): PeriodParseResult {
  void params;
  void now;
  throw new Error("parseReportPeriod: not implemented yet");
}
