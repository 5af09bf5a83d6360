import { TZDate } from "@date-fns/tz";
import { TIME_ZONE, vietnamYear } from "@/lib/content/dates";

/** The quota year holding `now` in Vietnam time, and its bounds [start, end). */
export function quotaYear(now: Date = new Date()): { year: number; start: Date; end: Date } {
  const year = vietnamYear(now);
  return {
    year,
    start: new Date(new TZDate(year, 0, 1, TIME_ZONE).getTime()),
    end: new Date(new TZDate(year + 1, 0, 1, TIME_ZONE).getTime()),
  };
}
