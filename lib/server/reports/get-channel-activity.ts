import "server-only";
import { db } from "@/lib/db";
import type { Channel } from "@/lib/generated/prisma/enums";
import { vietnamIsoDate } from "@/lib/quotas/quota-year";
import type { ChannelActivity, ChannelCounts } from "@/lib/reports/channel-math";
import type { ReportPeriod } from "@/lib/reports/report-types";

// The activity report's count of channel posts (fanpage posts, radio
// broadcasts) dated in the period and the one before, by the item's primary
// section and by the item's unit. Every recorded post counts: it went out,
// even if the item was later taken down.

export type { ChannelActivity, ChannelCounts } from "@/lib/reports/channel-math";

type Row = { dimension: "section" | "unit" | "total"; key: number | null; name: string | null; channel: Channel; count: number; previous: number };

const empty = (): ChannelCounts => ({ FANPAGE: { count: 0, previous: 0 }, RADIO: { count: 0, previous: 0 } });

export async function getChannelActivity(period: ReportPeriod, previous: ReportPeriod): Promise<ChannelActivity> {
  const [ps, pe, qs, qe] = [period.start, period.end, previous.start, previous.end].map((iso) => vietnamIsoDate(new Date(iso)));
  const rows = await db.$queryRaw<Row[]>`
    WITH p AS (
      SELECT c.channel::text AS channel, l.section_id, s.name AS section_name, i.unit_id, u.name AS unit_name,
             (c.posted_on >= ${ps}::date AND c.posted_on < ${pe}::date) AS in_period,
             (c.posted_on >= ${qs}::date AND c.posted_on < ${qe}::date) AS in_previous
        FROM item_channel_posts c
        JOIN items i ON i.id = c.item_id
        LEFT JOIN item_sections l ON l.item_id = i.id AND l.is_primary
        LEFT JOIN sections s ON s.id = l.section_id
        LEFT JOIN units u ON u.id = i.unit_id
       WHERE c.posted_on >= least(${ps}::date, ${qs}::date) AND c.posted_on < greatest(${pe}::date, ${qe}::date)
    )
    SELECT CASE WHEN GROUPING(section_id, section_name) = 0 THEN 'section'
                WHEN GROUPING(unit_id, unit_name) = 0 THEN 'unit' ELSE 'total' END AS dimension,
           coalesce(section_id, unit_id) AS key, coalesce(section_name, unit_name) AS name, channel,
           count(*) FILTER (WHERE in_period)::int AS count,
           count(*) FILTER (WHERE in_previous)::int AS previous
      FROM p
     GROUP BY GROUPING SETS ((channel), (channel, section_id, section_name), (channel, unit_id, unit_name))`;

  const totals = empty();
  const sections = new Map<number, { sectionId: number; name: string; counts: ChannelCounts }>();
  const units = new Map<number, { unitId: number; name: string; counts: ChannelCounts }>();
  for (const row of rows) {
    const value = { count: row.count, previous: row.previous };
    if (row.dimension === "total") totals[row.channel] = value;
    else if (row.dimension === "section") {
      const key = row.key ?? 0;
      const entry = sections.get(key) ?? { sectionId: key, name: row.name ?? "", counts: empty() };
      entry.counts[row.channel] = value;
      sections.set(key, entry);
    } else if (row.key !== null) {
      const entry = units.get(row.key) ?? { unitId: row.key, name: row.name ?? "", counts: empty() };
      entry.counts[row.channel] = value;
      units.set(row.key, entry);
    }
  }
  const busy = (counts: ChannelCounts) => counts.FANPAGE.count + counts.RADIO.count + counts.FANPAGE.previous + counts.RADIO.previous > 0;
  const order = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "vi");
  return {
    totals,
    bySection: [...sections.values()].filter((s) => busy(s.counts)).sort((a, b) => (a.sectionId === 0 ? 1 : b.sectionId === 0 ? -1 : order(a, b))),
    byUnit: [...units.values()].filter((u) => busy(u.counts)).sort(order),
  };
}
