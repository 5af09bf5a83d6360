import type { Cadence, Channel } from "@/lib/generated/prisma/enums";
import { expectedCount, measuredEnd } from "@/lib/reports/cadence-math";
import type { CountWithChange } from "@/lib/reports/report-types";

// Channel posts (fanpage, radio) carry a date, not an instant: a period's
// Vietnam instants become a range of dates, [first day, day after the last
// measured day). Pure.

const nextDay = (isoDate: string) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The dates of posts a period counts: from its first day; to its end, or through today while it runs. */
export function postedOnRange(startDay: string, endDay: string, today: string, isRunning: boolean): { from: string; toExclusive: string } {
  return { from: startDay, toExclusive: isRunning ? nextDay(today) : endDay };
}

export type ChannelCadenceRow = {
  sectionId: number;
  name: string;
  channel: Channel;
  cadence: Cadence;
  target: number;
  expected: number;
  posted: number;
  /** "YYYY-MM-DD" of the latest post, or null. */
  lastOn: string | null;
  isBehind: boolean;
};

/** One channel's expectation for a section over [start, min(end, now)), like the page's. */
export function channelExpectation(cadence: Cadence, target: number, start: Date, end: Date, now: Date): number {
  return expectedCount(cadence, target, start, measuredEnd(start, end, now));
}

export type ChannelCounts = Record<Channel, CountWithChange>;

/** Fanpage posts and radio broadcasts of a period and the one before (the activity report). */
export type ChannelActivity = {
  totals: ChannelCounts;
  bySection: { sectionId: number; name: string; counts: ChannelCounts }[];
  byUnit: { unitId: number; name: string; counts: ChannelCounts }[];
};
