import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Cadence } from "@/lib/generated/prisma/enums";
import { publicItemSql } from "@/lib/server/items/public/public-item";
import {
  DAY_MS,
  expectedCount,
  isCurrentWindowShort,
  measuredEnd,
  ROLLING_WINDOW_DAYS,
  wholeDaysBetween,
  windowAt,
} from "@/lib/reports/cadence-math";
import type { ReportPeriod, SectionCadenceRow } from "@/lib/reports/report-types";

// Section cadence: what each visible section with a target published against
// it. An item counts for every section it is listed in (readers see it on
// each of those pages). Counted in SQL, one query for every section; the
// longest gap is a window function (lag) over the section's public items,
// with the start and end of the measured time as the outer boundaries.

type Row = {
  id: number;
  name: string;
  cadence: Cadence;
  cadence_target: number;
  published: number;
  in_current: number;
  longest_gap_seconds: number | null;
  last_at: Date | null;
};

/** `from`: the SQL start of each section's measured time (depends on `s.cadence` when rolling). */
async function measure(from: Prisma.Sql, to: Date, now: Date): Promise<Row[]> {
  const current = {
    DAILY: windowAt("DAILY", now).start,
    WEEKLY: windowAt("WEEKLY", now).start,
    MONTHLY: windowAt("MONTHLY", now).start,
  };
  // Ranges go through item_sections.published_at (the item's date while it
  // is public, kept by a trigger; indexed per section); the shared predicate
  // on the item itself still decides what counts.
  return db.$queryRaw<Row[]>`
    WITH s AS (
      SELECT id, name, cadence, cadence_target, sort_order, ${from} AS from_at
        FROM sections s
       WHERE s.is_visible AND s.cadence <> 'NONE' AND s.cadence_target > 0
    ),
    pub AS (
      SELECT l.section_id, i.published_at
        FROM s
        JOIN item_sections l ON l.section_id = s.id AND l.published_at >= s.from_at AND l.published_at < ${to}::timestamptz
        JOIN items i ON i.id = l.item_id
       WHERE ${publicItemSql("i")}
    ),
    points AS (
      SELECT section_id, published_at AS t FROM pub
      UNION ALL SELECT id, from_at FROM s
      UNION ALL SELECT id, greatest(from_at, ${to}::timestamptz) FROM s
    ),
    gaps AS (
      SELECT section_id, t - lag(t) OVER (PARTITION BY section_id ORDER BY t) AS gap FROM points
    ),
    per_section AS (
      SELECT section_id, count(*)::int AS published FROM pub GROUP BY section_id
    ),
    longest AS (
      SELECT section_id, max(extract(epoch FROM gap))::float8 AS seconds FROM gaps GROUP BY section_id
    )
    SELECT s.id, s.name, s.cadence, s.cadence_target,
           coalesce(ps.published, 0) AS published,
           (SELECT count(*)::int
              FROM item_sections l JOIN items i ON i.id = l.item_id
             WHERE l.section_id = s.id AND ${publicItemSql("i")}
               AND l.published_at <= ${now}::timestamptz
               AND l.published_at >= CASE s.cadence WHEN 'DAILY' THEN ${current.DAILY}::timestamptz
                                                    WHEN 'WEEKLY' THEN ${current.WEEKLY}::timestamptz
                                                    ELSE ${current.MONTHLY}::timestamptz END) AS in_current,
           lg.seconds AS longest_gap_seconds,
           (SELECT l.published_at
              FROM item_sections l JOIN items i ON i.id = l.item_id
             WHERE l.section_id = s.id AND ${publicItemSql("i")} AND l.published_at <= ${now}::timestamptz
             ORDER BY l.published_at DESC LIMIT 1) AS last_at
      FROM s
      LEFT JOIN per_section ps ON ps.section_id = s.id
      LEFT JOIN longest lg ON lg.section_id = s.id
     ORDER BY s.sort_order, s.id`;
}

const toRow = (row: Row, now: Date, expected: number, isBehind: boolean): SectionCadenceRow => ({
  sectionId: row.id,
  name: row.name,
  cadence: row.cadence,
  cadenceTarget: row.cadence_target,
  expected,
  published: row.published,
  daysSinceLast: wholeDaysBetween(row.last_at, now),
  longestGapDays: Math.floor((row.longest_gap_seconds ?? 0) / 86_400),
  isBehind,
});

/**
 * Every visible section with a cadence, measured over the period (to `now`
 * at most). Behind: fewer items than expected, or, while the period runs,
 * the current day/week/month is more than half gone and still short.
 */
export async function getSectionCadence(period: ReportPeriod, now: Date = new Date()): Promise<SectionCadenceRow[]> {
  const start = new Date(period.start);
  const end = measuredEnd(start, new Date(period.end), now);
  const rows = await measure(Prisma.sql`${start}::timestamptz`, end, now);
  const isRunning = start.getTime() <= now.getTime() && now.getTime() < new Date(period.end).getTime();
  return rows.map((row) => {
    const expected = expectedCount(row.cadence, row.cadence_target, start, end);
    const isShortNow = isRunning && isCurrentWindowShort(row.cadence, row.cadence_target, row.in_current, now);
    return toRow(row, now, expected, row.published < expected || isShortNow);
  });
}

/**
 * Sections behind their cadence right now, for the secretary's and board's
 * home: fewer items than the target in the last day (daily), 7 days (weekly)
 * or 30 days (monthly). `expected` is the target, `published` the count in
 * that rolling window.
 */
export async function listSectionsBehind(now: Date = new Date()): Promise<SectionCadenceRow[]> {
  const day = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const from = Prisma.sql`CASE s.cadence WHEN 'DAILY' THEN ${day(ROLLING_WINDOW_DAYS.DAILY)}::timestamptz
                                         WHEN 'WEEKLY' THEN ${day(ROLLING_WINDOW_DAYS.WEEKLY)}::timestamptz
                                         ELSE ${day(ROLLING_WINDOW_DAYS.MONTHLY)}::timestamptz END`;
  // Items published at this very instant count too: the window ends just after now.
  const rows = await measure(from, new Date(now.getTime() + 1), now);
  return rows.filter((row) => row.published < row.cadence_target).map((row) => toRow(row, now, row.cadence_target, true));
}
