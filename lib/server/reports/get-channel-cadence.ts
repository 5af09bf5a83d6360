import "server-only";
import { db } from "@/lib/db";
import type { Cadence, Channel } from "@/lib/generated/prisma/enums";
import { vietnamIsoDate } from "@/lib/quotas/quota-year";
import { channelExpectation, postedOnRange, type ChannelCadenceRow } from "@/lib/reports/channel-math";
import type { ReportPeriod } from "@/lib/reports/report-types";

// The section cadence on the channels beyond the page (seed 001: fanpage and
// radio), against each section's SectionChannelTarget. A post counts for
// every visible section its item is listed in, as the page's items do.

type Row = { section_id: number; name: string; channel: Channel; cadence: Cadence; target: number; posted: number; last_on: string | null };

export async function getChannelCadence(period: ReportPeriod, now: Date = new Date()): Promise<ChannelCadenceRow[]> {
  const start = new Date(period.start);
  const end = new Date(period.end);
  const isRunning = start.getTime() <= now.getTime() && now.getTime() < end.getTime();
  const range = postedOnRange(vietnamIsoDate(start), vietnamIsoDate(end), vietnamIsoDate(now), isRunning);
  const rows = await db.$queryRaw<Row[]>`
    SELECT t.section_id, s.name, t.channel::text AS channel, t.cadence::text AS cadence, t.target,
           x.posted, to_char(x.last_on, 'YYYY-MM-DD') AS last_on
      FROM section_channel_targets t
      JOIN sections s ON s.id = t.section_id
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS posted, max(p.posted_on) AS last_on
          FROM item_channel_posts p
          JOIN item_sections l ON l.item_id = p.item_id AND l.section_id = t.section_id
         WHERE p.channel = t.channel AND p.posted_on >= ${range.from}::date AND p.posted_on < ${range.toExclusive}::date
      ) x
     WHERE s.is_visible AND t.cadence <> 'NONE' AND t.target > 0
     ORDER BY s.sort_order, t.section_id, t.channel`;
  return rows.map((row) => {
    const expected = start.getTime() > now.getTime() ? 0 : channelExpectation(row.cadence, row.target, start, end, now);
    return {
      sectionId: row.section_id,
      name: row.name,
      channel: row.channel,
      cadence: row.cadence,
      target: row.target,
      expected,
      posted: row.posted,
      lastOn: row.last_on,
      isBehind: row.posted < expected,
    };
  });
}
