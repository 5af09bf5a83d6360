import { TZDate } from "@date-fns/tz";
import { TIME_ZONE } from "@/lib/content/dates";

// A royalty period is a calendar month in Vietnam time, written "2026-11".
// An item belongs to the month it was first published in; a sheet, its lock
// and its payments are per period. Safe for the browser (no server imports).

export type RoyaltyPeriod = { year: number; month: number };

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function formatRoyaltyPeriod({ year, month }: RoyaltyPeriod): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** "2026-11" → { year: 2026, month: 11 }; null for anything else. */
export function parseRoyaltyPeriod(raw: string | string[] | undefined | null): RoyaltyPeriod | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  const match = value ? PERIOD.exec(value) : null;
  if (!match) return null;
  const year = Number(match[1]);
  return year >= 2000 && year <= 2100 ? { year, month: Number(match[2]) } : null;
}

/** The period (Vietnam time) an instant falls in. */
export function royaltyPeriodOf(date: Date | string): string {
  const d = new TZDate(new Date(date), TIME_ZONE);
  return formatRoyaltyPeriod({ year: d.getFullYear(), month: d.getMonth() + 1 });
}

/** The instants [start, end) of a period: Vietnam midnight of its first day to that of the next month. */
export function royaltyPeriodRange(period: string): { start: Date; end: Date } {
  const parsed = parseRoyaltyPeriod(period);
  if (!parsed) throw new Error(`Not a royalty period: ${period}`);
  const start = new TZDate(parsed.year, parsed.month - 1, 1, TIME_ZONE);
  const end = new TZDate(parsed.year, parsed.month, 1, TIME_ZONE);
  return { start: new Date(start.getTime()), end: new Date(end.getTime()) };
}

/** "tháng 11/2026" */
export function royaltyPeriodLabel(period: string): string {
  const parsed = parseRoyaltyPeriod(period);
  return parsed ? `tháng ${String(parsed.month).padStart(2, "0")}/${parsed.year}` : period;
}

/** The twelve periods of a year, January first. */
export function royaltyPeriodsOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_, index) => formatRoyaltyPeriod({ year, month: index + 1 }));
}
