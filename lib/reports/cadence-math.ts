import { TZDate } from "@date-fns/tz";
import { TIME_ZONE } from "@/lib/content/dates";
import type { Cadence } from "@/lib/generated/prisma/enums";

// The arithmetic of section cadence (nhịp đăng bài), pure: the loader counts
// in SQL, these functions say what was expected. Windows are Vietnam days,
// ISO weeks (Monday to Sunday) and calendar months. A window only partly
// inside the measured time counts for its share (3 days of a week: 3/7 of
// the weekly target), and the expectation is rounded down, so a section is
// never called behind for a window still running.

export type MeasuredCadence = Exclude<Cadence, "NONE">;

export const DAY_MS = 86_400_000;

/** The rolling windows of the home page flags: the last day, 7 days or 30 days. */
export const ROLLING_WINDOW_DAYS = { DAILY: 1, WEEKLY: 7, MONTHLY: 30 } as const satisfies Record<MeasuredCadence, number>;

export const isMeasured = (cadence: Cadence, target: number): cadence is MeasuredCadence => cadence !== "NONE" && target > 0;

const atVietnamMidnight = (year: number, month: number, day: number) => new Date(new TZDate(year, month, day, TIME_ZONE).getTime());

/** The cadence window holding `instant`: its Vietnam day, ISO week or month. */
export function windowAt(cadence: MeasuredCadence, instant: Date): { start: Date; end: Date } {
  const d = new TZDate(instant.getTime(), TIME_ZONE);
  const [year, month, day] = [d.getFullYear(), d.getMonth(), d.getDate()];
  switch (cadence) {
    case "DAILY":
      return { start: atVietnamMidnight(year, month, day), end: atVietnamMidnight(year, month, day + 1) };
    case "WEEKLY": {
      const sinceMonday = (d.getDay() + 6) % 7;
      return { start: atVietnamMidnight(year, month, day - sinceMonday), end: atVietnamMidnight(year, month, day - sinceMonday + 7) };
    }
    case "MONTHLY":
      return { start: atVietnamMidnight(year, month, 1), end: atVietnamMidnight(year, month + 1, 1) };
  }
}

/** How many windows [from, to) spans, each partly covered one counted for its covered share. */
export function windowCount(cadence: MeasuredCadence, from: Date, to: Date): number {
  let total = 0;
  let cursor = from;
  while (cursor.getTime() < to.getTime()) {
    const window = windowAt(cadence, cursor);
    const coveredEnd = Math.min(window.end.getTime(), to.getTime());
    total += (coveredEnd - cursor.getTime()) / (window.end.getTime() - window.start.getTime());
    cursor = window.end;
  }
  return total;
}

/** Items the cadence asks for over [from, to): target × windows, rounded down. */
export function expectedCount(cadence: Cadence, target: number, from: Date, to: Date): number {
  if (!isMeasured(cadence, target) || to.getTime() <= from.getTime()) return 0;
  // The epsilon keeps 4 whole weeks at 4 when floating point says 3.9999….
  return Math.floor(target * windowCount(cadence, from, to) + 1e-9);
}

/**
 * The running window (today, this week, this month) is short when more than
 * half of it has passed and it still has fewer items than the target.
 */
export function isCurrentWindowShort(cadence: Cadence, target: number, publishedInWindow: number, now: Date): boolean {
  if (!isMeasured(cadence, target) || publishedInWindow >= target) return false;
  const { start, end } = windowAt(cadence, now);
  return now.getTime() - start.getTime() > (end.getTime() - start.getTime()) / 2;
}

/** Whole days between two instants (null when there is no earlier instant). */
export function wholeDaysBetween(earlier: Date | null, later: Date): number | null {
  if (!earlier) return null;
  return Math.max(0, Math.floor((later.getTime() - earlier.getTime()) / DAY_MS));
}

/** Where the measured time of a period ends: its end, or now while it runs; never before its start. */
export function measuredEnd(start: Date, end: Date, now: Date): Date {
  return new Date(Math.max(start.getTime(), Math.min(end.getTime(), now.getTime())));
}
