// Demo dates live in Vietnam's time (UTC+7 all year: no daylight saving since
// 1975), relative to the day the seed runs: from 1 January of last year to now.

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type CalendarDay = { year: number; month: number; day: number };

/** The instant of a wall-clock time in Vietnam (month 1–12). */
export function vietnamTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute) - VIETNAM_OFFSET_MS);
}

/** The calendar day in Vietnam that an instant falls on. */
export function vietnamDay(instant: Date): CalendarDay & { weekday: number; minutes: number } {
  const shifted = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
  };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const addMinutes = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);
export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

export type DemoClock = {
  now: Date;
  thisYear: number;
  lastYear: number;
  /** 00:00 on 1 January of last year, Vietnam time. */
  start: Date;
};

export function demoClock(now: Date = new Date()): DemoClock {
  const thisYear = vietnamDay(now).year;
  return { now, thisYear, lastYear: thisYear - 1, start: vietnamTime(thisYear - 1, 1, 1) };
}

/** Every (year, month) from the clock's start to its current month. */
export function monthsOf(clock: DemoClock): { year: number; month: number }[] {
  const today = vietnamDay(clock.now);
  const months: { year: number; month: number }[] = [];
  for (let year = clock.lastYear; year <= today.year; year++) {
    const lastMonth = year === today.year ? today.month : 12;
    for (let month = 1; month <= lastMonth; month++) months.push({ year, month });
  }
  return months;
}
