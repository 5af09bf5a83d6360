import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Position, UnitKind } from "@/lib/generated/prisma/enums";
import { publicItemSql } from "@/lib/items/public-item";
import { SPELL_RANGES_SQL, UNIT_ANCESTORS_SQL } from "@/lib/quotas/quota-sql";
import { endOfVietnamDay } from "@/lib/quotas/quota-year";
import { countsSql, periodPairSql } from "@/lib/reports/activity-sql";
import type { ReportPeriod } from "@/lib/reports/report-types";

// Who wrote in a period among those the year's quota plan asks to write:
// people whose position on the plan's reference date has a personal rule,
// and units of a kind with a unit rule. Same position history and unit tree
// as the quota report (lib/quotas/quota-sql.ts).

export type PersonActivityRow = { user_id: number; name: string; unit_name: string; count: number; previous: number };

/** People holding, on the reference day, one of `positions`; with their items in each period. */
export function queryPeopleWithTarget(input: {
  period: ReportPeriod;
  previous: ReportPeriod;
  positions: readonly Position[];
  referenceDate: string;
  includeInactive: boolean;
}): Promise<PersonActivityRow[]> {
  if (input.positions.length === 0) return Promise.resolve([]);
  const p = periodPairSql(input.period, input.previous);
  return db.$queryRaw<PersonActivityRow[]>`
    WITH held AS (
      SELECT DISTINCT ON (ps.user_id) ps.user_id, ps.position, ps.unit_id
        FROM position_spells ps
       WHERE ps.valid_from < ${endOfVietnamDay(input.referenceDate)}::timestamptz
       ORDER BY ps.user_id, ps.valid_from DESC
    ), target AS (
      SELECT h.user_id, h.unit_id, u.name
        FROM held h JOIN users u ON u.id = h.user_id
       WHERE h.position::text IN (${Prisma.join([...input.positions])})
         AND (${input.includeInactive} OR u.is_active)
    ), counted AS (
      SELECT a.user_id, ${countsSql(p)}
        FROM item_authors a
        JOIN items i ON i.id = a.item_id
       WHERE a.user_id IN (SELECT user_id FROM target) AND ${publicItemSql("i")} AND ${p.range}
       GROUP BY a.user_id
    )
    SELECT t.user_id, t.name, n.name AS unit_name, coalesce(c.count, 0) AS count, coalesce(c.previous, 0) AS previous
      FROM target t
      JOIN units n ON n.id = t.unit_id
      LEFT JOIN counted c ON c.user_id = t.user_id`;
}

export type UnitActivityRow = { unit_id: number; name: string; count: number; previous: number };

/**
 * Active units of `kinds`, with the distinct items written in each period by
 * people who belonged, when the item was published, to the unit or a unit
 * under it (the quota report's unit rule).
 */
export function queryUnitsWithRule(input: { period: ReportPeriod; previous: ReportPeriod; kinds: readonly UnitKind[] }): Promise<UnitActivityRow[]> {
  if (input.kinds.length === 0) return Promise.resolve([]);
  const p = periodPairSql(input.period, input.previous);
  const c = periodPairSql(input.period, input.previous, "c.published_at");
  return db.$queryRaw<UnitActivityRow[]>`
    WITH RECURSIVE unit_ancestors AS (${UNIT_ANCESTORS_SQL}),
    spell_ranges AS (${SPELL_RANGES_SQL}),
    ruled AS (
      SELECT u.id, u.name FROM units u WHERE u.is_active AND u.kind::text IN (${Prisma.join([...input.kinds])})
    ),
    credited AS (
      SELECT DISTINCT t.ancestor_id AS unit_id, i.id, i.published_at
        FROM items i
        JOIN item_authors a ON a.item_id = i.id
        JOIN spell_ranges s ON s.user_id = a.user_id AND i.published_at >= s.from_at AND i.published_at < s.to_at
        JOIN unit_ancestors t ON t.unit_id = s.unit_id
       WHERE ${publicItemSql("i")} AND ${p.range} AND t.ancestor_id IN (SELECT id FROM ruled)
    )
    SELECT r.id AS unit_id, r.name,
           count(c.id) FILTER (WHERE ${c.inPeriod})::int AS count,
           count(c.id) FILTER (WHERE ${c.inPrevious})::int AS previous
      FROM ruled r
      LEFT JOIN credited c ON c.unit_id = r.id
     GROUP BY r.id, r.name`;
}
