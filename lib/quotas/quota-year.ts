import { TZDate } from "@date-fns/tz";
import { TIME_ZONE, vietnamYear } from "@/lib/content/dates";

// Quota years are calendar years in Vietnam time: an item published at 23:30
// on 31 December (UTC 16:30) belongs to that year, one at 00:30 on 1 January
// (UTC 17:30 the day before) to the next. Pure.

/** [start, end) of a quota year, as instants. */
export function quotaYearBounds(year: number): { start: Date; end: Date } {
  return {
    start: new Date(new TZDate(year, 0, 1, TIME_ZONE).getTime()),
    end: new Date(new TZDate(year + 1, 0, 1, TIME_ZONE).getTime()),
  };
}

/** The quota year holding `now` in Vietnam time, and its bounds [start, end). */
export function quotaYear(now: Date = new Date()): { year: number; start: Date; end: Date } {
  const year = vietnamYear(now);
  return { year, ...quotaYearBounds(year) };
}

/** The month (1..12) of an instant in Vietnam time. */
export function vietnamMonth(date: Date): number {
  return new TZDate(date, TIME_ZONE).getMonth() + 1;
}

/** yyyy-mm-dd of an instant's day in Vietnam time. */
export function vietnamIsoDate(date: Date): string {
  const d = new TZDate(date, TIME_ZONE);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** The first instant after the Vietnam day `isoDate` (yyyy-mm-dd): positions held at any time that day count. */
export function endOfVietnamDay(isoDate: string): Date {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day + 1, TIME_ZONE).getTime());
}

/** The months (1..12) of a year that have begun by `now`: all twelve for a past year, none for a future one. */
export function monthsSoFar(year: number, now: Date): number[] {
  const current = vietnamYear(now);
  const last = year < current ? 12 : year === current ? vietnamMonth(now) : 0;
  return Array.from({ length: last }, (_, index) => index + 1);
}
