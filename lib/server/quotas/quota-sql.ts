import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { TIME_ZONE } from "@/lib/content/dates";
import { publicItemSql } from "@/lib/server/items/public/public-item";
import { quotaYearBounds } from "@/lib/quotas/quota-year";

// SQL pieces of the counting rule (lib/quotas/counting-rule.ts), shared by
// every quota loader so they cannot drift apart: which items count in a year,
// which count each item adds to, and whose unit an item counts for. Text
// only, no database access (like lib/server/items/public/public-item.ts).

/** Public items (the shared predicate) first published in the Vietnam year. */
export function countedInYearSql(year: number, alias = "i"): Prisma.Sql {
  const { start, end } = quotaYearBounds(year);
  const column = Prisma.raw(`${alias}.published_at`);
  return Prisma.sql`${publicItemSql(alias)} AND ${column} >= ${start} AND ${column} < ${end}`;
}

/**
 * The counts an item adds to, as aggregate columns news, articles, in_depth
 * (countBucket): photo stories and videos are news, an in-depth article is an
 * article. `distinct` counts each item once (a unit's co-authored items).
 */
export function kindCountsSql(alias = "i", options: { distinct?: boolean } = {}): Prisma.Sql {
  const a = (column: string) => Prisma.raw(`${alias}.${column}`);
  const counted = options.distinct ? Prisma.sql`count(DISTINCT ${a("id")})` : Prisma.sql`count(*)`;
  return Prisma.sql`
    ${counted} FILTER (WHERE ${a("kind")} <> 'ARTICLE') AS news,
    ${counted} FILTER (WHERE ${a("kind")} = 'ARTICLE') AS articles,
    ${counted} FILTER (WHERE ${a("kind")} = 'ARTICLE' AND ${a("is_in_depth")}) AS in_depth`;
}

/**
 * CTE body: each person's position spells as [from_at, to_at) ranges. The
 * first spell reaches back to -infinity: an item published before anything
 * was recorded (history predates the spells) counts for the first known unit.
 */
export const SPELL_RANGES_SQL = Prisma.sql`
  SELECT ps.user_id, ps.unit_id, ps.position,
         CASE WHEN lag(ps.valid_from) OVER w IS NULL THEN '-infinity'::timestamptz ELSE ps.valid_from END AS from_at,
         coalesce(lead(ps.valid_from) OVER w, 'infinity'::timestamptz) AS to_at
    FROM position_spells ps
  WINDOW w AS (PARTITION BY ps.user_id ORDER BY ps.valid_from)`;

/** The Vietnam month (1..12) of an item's first publication. */
export function vietnamMonthSql(alias = "i"): Prisma.Sql {
  return Prisma.sql`extract(month FROM ${Prisma.raw(`${alias}.published_at`)} AT TIME ZONE ${TIME_ZONE})::int`;
}

/** CTE body: every unit with itself and each unit above it (unit_id, ancestor_id). */
export const UNIT_ANCESTORS_SQL = Prisma.sql`
  SELECT u.id AS unit_id, u.id AS ancestor_id FROM units u
  UNION ALL
  SELECT t.unit_id, p.parent_id FROM unit_ancestors t JOIN units p ON p.id = t.ancestor_id WHERE p.parent_id IS NOT NULL`;

export type KindCountRow = { news: bigint; articles: bigint; in_depth: bigint };

export const kindCountsOf = (row: KindCountRow | undefined) => ({
  news: Number(row?.news ?? 0),
  articles: Number(row?.articles ?? 0),
  inDepth: Number(row?.in_depth ?? 0),
});
