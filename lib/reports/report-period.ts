import { TZDate } from "@date-fns/tz";
import { TIME_ZONE } from "@/lib/content/dates";
import type { PeriodKind, PeriodParseResult, ReportPeriod } from "@/lib/reports/report-types";

// Reporting periods in Vietnam time: a month, quarter, half year, year or any
// range up to 5 years, and the period just before it: the previous month,
// quarter, half or year for those; for a range, as many days just before.
// Pure: the clock is a parameter.

type SearchParams = Record<string, string | string[] | undefined>;

/** The URL word of each kind (ky=…). */
export const PERIOD_KIND_PARAMS = {
  month: "thang",
  quarter: "quy",
  half: "nua-nam",
  year: "nam",
  range: "khoang",
} as const satisfies Record<PeriodKind, string>;

export const PERIOD_KIND_LABELS = {
  month: "Tháng",
  quarter: "Quý",
  half: "6 tháng",
  year: "Năm",
  range: "Khoảng ngày",
} as const satisfies Record<PeriodKind, string>;

export const MIN_REPORT_YEAR = 2000;
export const MAX_REPORT_YEAR = 2100;
export const MAX_RANGE_YEARS = 5;

const ROMAN = ["I", "II", "III", "IV"] as const;
const DAY_MS = 86_400_000;

/** The raw values of the period form, as typed (strings), for refilling it. */
export type PeriodFormValues = { ky: string; nam: string; thang: string; quy: string; nua: string; tu: string; den: string };

const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).trim();

export function readPeriodForm(params: SearchParams): PeriodFormValues {
  return {
    ky: first(params.ky),
    nam: first(params.nam),
    thang: first(params.thang),
    quy: first(params.quy),
    nua: first(params.nua),
    tu: first(params.tu),
    den: first(params.den),
  };
}

/** Midnight in Vietnam of a calendar day (month 0..11; overflow rolls over like Date). */
const vietnamMidnight = (year: number, month: number, day = 1): Date => new Date(new TZDate(year, month, day, TIME_ZONE).getTime());

const vietnamParts = (date: Date) => {
  const d = new TZDate(date.getTime(), TIME_ZONE);
  return { year: d.getFullYear(), month: d.getMonth(), day: d.getDate() };
};

const pad = (n: number) => String(n).padStart(2, "0");

/** "01/03/2026" of a Vietnam day. */
const shortDay = (date: Date) => {
  const { year, month, day } = vietnamParts(date);
  return `${pad(day)}/${pad(month + 1)}/${year}`;
};

/** "2026-03-01" of a Vietnam day. */
export const isoDay = (date: Date) => {
  const { year, month, day } = vietnamParts(date);
  return `${year}-${pad(month + 1)}-${pad(day)}`;
};

const make = (kind: PeriodKind, start: Date, end: Date, label: string): ReportPeriod => ({
  kind,
  start: start.toISOString(),
  end: end.toISOString(),
  label,
});

export function monthPeriod(year: number, month: number): ReportPeriod {
  return make("month", vietnamMidnight(year, month - 1), vietnamMidnight(year, month), `Tháng ${month} năm ${year}`);
}

export function quarterPeriod(year: number, quarter: number): ReportPeriod {
  const start = (quarter - 1) * 3;
  return make("quarter", vietnamMidnight(year, start), vietnamMidnight(year, start + 3), `Quý ${ROMAN[quarter - 1]} năm ${year}`);
}

export function halfPeriod(year: number, half: number): ReportPeriod {
  const start = (half - 1) * 6;
  const label = half === 1 ? `6 tháng đầu năm ${year}` : `6 tháng cuối năm ${year}`;
  return make("half", vietnamMidnight(year, start), vietnamMidnight(year, start + 6), label);
}

export function yearPeriod(year: number): ReportPeriod {
  return make("year", vietnamMidnight(year, 0), vietnamMidnight(year + 1, 0), `Năm ${year}`);
}

/** From the start of `start`'s day to the end of `lastDay`'s day (both Vietnam days). */
export function rangePeriod(start: Date, endExclusive: Date): ReportPeriod {
  const lastDay = new Date(endExclusive.getTime() - DAY_MS);
  return make("range", start, endExclusive, `Từ ${shortDay(start)} đến ${shortDay(lastDay)}`);
}

/** The period just before: previous month/quarter/half/year, or as many days before a range. */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  const start = new Date(period.start);
  const { year, month } = vietnamParts(start);
  switch (period.kind) {
    case "month":
      return month === 0 ? monthPeriod(year - 1, 12) : monthPeriod(year, month);
    case "quarter": {
      const quarter = Math.floor(month / 3) + 1;
      return quarter === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, quarter - 1);
    }
    case "half":
      return month === 0 ? halfPeriod(year - 1, 2) : halfPeriod(year, 1);
    case "year":
      return yearPeriod(year - 1);
    case "range": {
      // Vietnam has no daylight saving: a day is always 24 hours there.
      const length = new Date(period.end).getTime() - start.getTime();
      return rangePeriod(new Date(start.getTime() - length), start);
    }
  }
}

const ok = (period: ReportPeriod): PeriodParseResult => ({ ok: true, period, previous: previousPeriod(period) });
const refuse = (message: string): PeriodParseResult => ({ ok: false, message });

function parseInteger(raw: string, min: number, max: number): number | null | undefined {
  if (raw === "") return undefined;
  if (!/^\d{1,4}$/.test(raw)) return null;
  const value = Number(raw);
  return value >= min && value <= max ? value : null;
}

/** yyyy-mm-dd (what a date input sends) or dd/mm/yyyy, as a real calendar day. */
function parseDay(raw: string): { year: number; month: number; day: number } | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw);
  const vietnamese = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]].map(Number) : vietnamese ? [vietnamese[3], vietnamese[2], vietnamese[1]].map(Number) : [];
  if (year === undefined || month === undefined || day === undefined) return null;
  if (year < MIN_REPORT_YEAR || year > MAX_REPORT_YEAR || month < 1 || month > 12) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

function parseRange(form: PeriodFormValues): PeriodParseResult {
  if (!form.tu || !form.den) return refuse("Chọn cả ngày bắt đầu (Từ ngày) và ngày kết thúc (Đến ngày) của khoảng thời gian.");
  const from = parseDay(form.tu);
  if (!from) return refuse(`“Từ ngày” không phải một ngày hợp lệ (${form.tu}); nhập theo dạng ngày/tháng/năm, từ năm ${MIN_REPORT_YEAR} đến ${MAX_REPORT_YEAR}.`);
  const to = parseDay(form.den);
  if (!to) return refuse(`“Đến ngày” không phải một ngày hợp lệ (${form.den}); nhập theo dạng ngày/tháng/năm, từ năm ${MIN_REPORT_YEAR} đến ${MAX_REPORT_YEAR}.`);
  const start = vietnamMidnight(from.year, from.month - 1, from.day);
  const end = vietnamMidnight(to.year, to.month - 1, to.day + 1);
  if (end.getTime() <= start.getTime()) {
    return refuse(`Khoảng thời gian bị ngược: “Từ ngày” (${shortDay(start)}) phải trước hoặc bằng “Đến ngày” (${pad(to.day)}/${pad(to.month)}/${to.year}).`);
  }
  const limit = vietnamMidnight(from.year + MAX_RANGE_YEARS, from.month - 1, from.day);
  if (end.getTime() > limit.getTime()) {
    return refuse(`Khoảng thời gian dài quá ${MAX_RANGE_YEARS} năm: hãy chọn khoảng ngắn hơn (đến ngày ${shortDay(new Date(limit.getTime() - DAY_MS))} là dài nhất).`);
  }
  return ok(rangePeriod(start, end));
}

/**
 * URL parameters: ky (thang|quy|nua-nam|nam|khoang), nam, thang (1..12),
 * quy (1..4), nua (1|2), tu, den (yyyy-mm-dd, inclusive). Missing: this
 * month. Upside-down or longer than 5 years: refused with a Vietnamese message.
 */
export function parseReportPeriod(params: SearchParams, now: Date = new Date()): PeriodParseResult {
  const form = readPeriodForm(params);
  const today = vietnamParts(now);
  const kind = (Object.keys(PERIOD_KIND_PARAMS) as PeriodKind[]).find((k) => PERIOD_KIND_PARAMS[k] === form.ky) ?? (form.ky === "" ? "month" : null);
  if (!kind) return refuse("Loại kỳ báo cáo không hợp lệ: chọn Tháng, Quý, 6 tháng, Năm hoặc Khoảng ngày.");
  if (kind === "range") return parseRange(form);

  const year = parseInteger(form.nam, MIN_REPORT_YEAR, MAX_REPORT_YEAR);
  if (year === null) return refuse(`Năm phải là một số từ ${MIN_REPORT_YEAR} đến ${MAX_REPORT_YEAR}.`);
  const y = year ?? today.year;
  const isThisYear = y === today.year;
  switch (kind) {
    case "month": {
      const month = parseInteger(form.thang, 1, 12);
      if (month === null) return refuse("Tháng phải là một số từ 1 đến 12.");
      return ok(monthPeriod(y, month ?? (isThisYear ? today.month + 1 : 12)));
    }
    case "quarter": {
      const quarter = parseInteger(form.quy, 1, 4);
      if (quarter === null) return refuse("Quý phải là I, II, III hoặc IV (1 đến 4).");
      return ok(quarterPeriod(y, quarter ?? (isThisYear ? Math.floor(today.month / 3) + 1 : 4)));
    }
    case "half": {
      const half = parseInteger(form.nua, 1, 2);
      if (half === null) return refuse("Chọn 6 tháng đầu năm hoặc 6 tháng cuối năm.");
      return ok(halfPeriod(y, half ?? (isThisYear && today.month < 6 ? 1 : 2)));
    }
    case "year":
      return ok(yearPeriod(y));
  }
}

/** The URL parameters that give back this period (for Excel, print and bookmark links). */
export function reportPeriodQuery(period: ReportPeriod): URLSearchParams {
  const start = new Date(period.start);
  const { year, month } = vietnamParts(start);
  const query = new URLSearchParams({ ky: PERIOD_KIND_PARAMS[period.kind] });
  switch (period.kind) {
    case "month":
      query.set("nam", String(year));
      query.set("thang", String(month + 1));
      break;
    case "quarter":
      query.set("nam", String(year));
      query.set("quy", String(Math.floor(month / 3) + 1));
      break;
    case "half":
      query.set("nam", String(year));
      query.set("nua", month < 6 ? "1" : "2");
      break;
    case "year":
      query.set("nam", String(year));
      break;
    case "range":
      query.set("tu", isoDay(start));
      query.set("den", isoDay(new Date(new Date(period.end).getTime() - DAY_MS)));
      break;
  }
  return query;
}

/** The Vietnam calendar year holding the period's last day (whose quota plan names the writers). */
export function periodPlanYear(period: ReportPeriod): number {
  return vietnamParts(new Date(new Date(period.end).getTime() - 1)).year;
}

/** The period form filled from a period: every box agrees with it, so switching the kind keeps the dates near. */
export function periodFormValues(period: ReportPeriod): PeriodFormValues {
  const start = new Date(period.start);
  const { year, month } = vietnamParts(start);
  return {
    ky: PERIOD_KIND_PARAMS[period.kind],
    nam: String(year),
    thang: String(month + 1),
    quy: String(Math.floor(month / 3) + 1),
    nua: month < 6 ? "1" : "2",
    tu: isoDay(start),
    den: isoDay(new Date(new Date(period.end).getTime() - DAY_MS)),
  };
}
