import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Position, UnitKind } from "@/lib/generated/prisma/enums";
import { publicItemSql } from "@/lib/server/items/public/public-item";
import { SPELL_RANGES_SQL, UNIT_ANCESTORS_SQL } from "@/lib/server/quotas/quota-sql";
import { endOfVietnamDay } from "@/lib/quotas/quota-year";
import { periodPairSql } from "@/lib/server/reports/activity-sql";
import type { ReportPeriod } from "@/lib/reports/report-types";

// Everything the activity report counts by author, from one pass over the
// period's items and their authors (one statement: on two cores, splitting it
// costs more than it saves), each author placed in the unit they belonged to
// when the item was published (position spells, as the quota report does):
//   unit   — items by that unit's authors, each item once per unit;
//   ruled  — units of a kind the year's plan gives a rule, counting items of
//            their own people and of every unit under them (once per item);
//   person — people whose position on the plan's reference date has a
//            personal rule, with their items (zero included).

export type AuthorDimensionRow = {
  dimension: "unit" | "ruled" | "person";
  key: number;
  name: string;
  kind: UnitKind | null;
  /** A person's unit on the reference date. */
  unit_name: string | null;
  count: number;
  previous: number;
};

const inList = (column: string, values: readonly string[]) =>
  values.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`${Prisma.raw(column)}::text IN (${Prisma.join([...values])})`;

export function queryAuthorDimensions(input: {
  period: ReportPeriod;
  previous: ReportPeriod;
  /** Positions with a personal rule, and unit kinds with a unit rule (empty without a plan). */
  positions: readonly Position[];
  kinds: readonly UnitKind[];
  referenceDate: string;
  includeInactive: boolean;
}): Promise<AuthorDimensionRow[]> {
  const p = periodPairSql(input.period, input.previous);
  return db.$queryRaw<AuthorDimensionRow[]>`
    WITH RECURSIVE unit_ancestors AS (${UNIT_ANCESTORS_SQL}),
    spell_ranges AS (${SPELL_RANGES_SQL}),
    -- Items with more than one author: only they can count twice for a unit.
    shared AS (
      SELECT item_id FROM item_authors GROUP BY item_id HAVING count(*) > 1
    ),
    authored AS MATERIALIZED (
      SELECT a.user_id, i.id, s.unit_id, (${p.inPeriod}) AS in_p, (${p.inPrevious}) AS in_q,
             i.id IN (SELECT item_id FROM shared) AS is_shared
        FROM items i
        JOIN item_authors a ON a.item_id = i.id
        JOIN spell_ranges s ON s.user_id = a.user_id AND i.published_at >= s.from_at AND i.published_at < s.to_at
       WHERE ${publicItemSql("i")} AND ${p.range}
    ),
    held AS (
      SELECT DISTINCT ON (ps.user_id) ps.user_id, ps.position, ps.unit_id
        FROM position_spells ps
       WHERE ps.valid_from < ${endOfVietnamDay(input.referenceDate)}::timestamptz
       ORDER BY ps.user_id, ps.valid_from DESC
    ),
    target AS (
      SELECT h.user_id, h.unit_id FROM held h JOIN users u ON u.id = h.user_id
       WHERE ${inList("h.position", input.positions)} AND (${input.includeInactive} OR u.is_active)
    ),
    ruled AS (
      SELECT u.id FROM units u WHERE u.is_active AND ${inList("u.kind", input.kinds)}
    ),
    -- Each item once per unit: a single-author item is one row already, so
    -- only the (few) shared items are de-duplicated.
    unit_counts AS MATERIALIZED (
      SELECT unit_id, count(*) FILTER (WHERE in_p)::int AS count, count(*) FILTER (WHERE in_q)::int AS previous
        FROM (
          SELECT unit_id, in_p, in_q FROM authored WHERE NOT is_shared
          UNION ALL
          SELECT unit_id, in_p, in_q FROM (SELECT DISTINCT unit_id, id, in_p, in_q FROM authored WHERE is_shared) d
        ) once
       GROUP BY unit_id
    ),
    -- A ruled unit without units under it counts what its own people wrote;
    -- one with sub-units counts each item of its whole subtree once.
    subtree AS (
      SELECT t.ancestor_id, t.unit_id FROM unit_ancestors t
       WHERE t.ancestor_id IN (SELECT id FROM ruled)
         AND t.ancestor_id IN (SELECT ancestor_id FROM unit_ancestors WHERE unit_id <> ancestor_id)
    ),
    ruled_counts AS (
      SELECT d.unit_id, count(*) FILTER (WHERE d.in_p)::int AS count, count(*) FILTER (WHERE d.in_q)::int AS previous
        FROM (SELECT DISTINCT st.ancestor_id AS unit_id, au.id, au.in_p, au.in_q FROM authored au JOIN subtree st ON st.unit_id = au.unit_id) d
       GROUP BY d.unit_id
      UNION ALL
      SELECT uc.unit_id, uc.count, uc.previous FROM unit_counts uc
       WHERE uc.unit_id IN (SELECT id FROM ruled) AND uc.unit_id NOT IN (SELECT ancestor_id FROM subtree)
    ),
    person_counts AS (
      SELECT user_id, count(*) FILTER (WHERE in_p)::int AS count, count(*) FILTER (WHERE in_q)::int AS previous
        FROM authored WHERE user_id IN (SELECT user_id FROM target) GROUP BY user_id
    )
    SELECT 'unit' AS dimension, u.id AS key, u.name, u.kind::text AS kind, NULL AS unit_name, c.count, c.previous
      FROM unit_counts c
      JOIN units u ON u.id = c.unit_id
    UNION ALL
    SELECT 'ruled', u.id, u.name, u.kind::text, NULL, coalesce(c.count, 0), coalesce(c.previous, 0)
      FROM ruled r
      JOIN units u ON u.id = r.id
      LEFT JOIN ruled_counts c ON c.unit_id = r.id
    UNION ALL
    SELECT 'person', t.user_id, u.name, NULL, n.name, coalesce(c.count, 0), coalesce(c.previous, 0)
      FROM target t
      JOIN users u ON u.id = t.user_id
      JOIN units n ON n.id = t.unit_id
      LEFT JOIN person_counts c ON c.user_id = t.user_id`;
}
