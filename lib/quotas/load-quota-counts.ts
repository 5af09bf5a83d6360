import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Position, UnitKind } from "@/lib/generated/prisma/enums";
import type { KindCounts } from "@/lib/quotas/quota-types";
import { endOfVietnamDay } from "@/lib/quotas/quota-year";
import {
  countedInYearSql,
  kindCountsOf,
  kindCountsSql,
  SPELL_RANGES_SQL,
  UNIT_ANCESTORS_SQL,
  vietnamMonthSql,
  type KindCountRow,
} from "@/lib/quotas/quota-sql";

// The quota report's raw numbers, each one grouped query: people with what
// they wrote, units with what their people wrote. Pure maths elsewhere.

export type PersonCounts = {
  userId: number;
  name: string;
  isActive: boolean;
  position: Position;
  unitId: number;
  counts: KindCounts;
};

/**
 * Everyone holding a position on the reference day (the spell with the latest
 * valid_from before that day ends), with the items each wrote in the year:
 * an item counts for each of its authors.
 */
export async function loadPeopleCounts(input: {
  year: number;
  referenceDate: string;
  includeInactive: boolean;
  userId?: number;
}): Promise<PersonCounts[]> {
  const referenceEnd = endOfVietnamDay(input.referenceDate);
  const onlyUser = input.userId === undefined ? Prisma.empty : Prisma.sql`AND ps.user_id = ${input.userId}`;
  const countsUser = input.userId === undefined ? Prisma.empty : Prisma.sql`AND a.user_id = ${input.userId}`;
  const rows = await db.$queryRaw<(KindCountRow & { user_id: number; name: string; is_active: boolean; position: Position; unit_id: number })[]>`
    WITH held AS (
      SELECT DISTINCT ON (ps.user_id) ps.user_id, ps.position, ps.unit_id
        FROM position_spells ps
       WHERE ps.valid_from < ${referenceEnd} ${onlyUser}
       ORDER BY ps.user_id, ps.valid_from DESC
    ), counted AS (
      SELECT a.user_id, ${kindCountsSql("i")}
        FROM item_authors a
        JOIN items i ON i.id = a.item_id
       WHERE ${countedInYearSql(input.year, "i")} ${countsUser}
       GROUP BY a.user_id
    )
    SELECT u.id AS user_id, u.name, u.is_active, h.position::text AS position, h.unit_id,
           coalesce(c.news, 0) AS news, coalesce(c.articles, 0) AS articles, coalesce(c.in_depth, 0) AS in_depth
      FROM held h
      JOIN users u ON u.id = h.user_id
      LEFT JOIN counted c ON c.user_id = h.user_id
     WHERE ${input.includeInactive} OR u.is_active`;
  return rows.map((row) => ({
    userId: row.user_id,
    name: row.name,
    isActive: row.is_active,
    position: row.position,
    unitId: row.unit_id,
    counts: kindCountsOf(row),
  }));
}

/**
 * CTEs ending in `credited (unit_id, id, kind, is_in_depth, published_at)`:
 * each item of the year once per unit of the given kinds that it counts for,
 * i.e. whose people wrote it, by the unit each author belonged to when the
 * item was published, rolled up to every unit above it.
 */
function creditedItemsSql(year: number, unitKinds: readonly UnitKind[]): Prisma.Sql {
  return Prisma.sql`
    WITH RECURSIVE unit_ancestors AS (${UNIT_ANCESTORS_SQL}),
    spell_ranges AS (${SPELL_RANGES_SQL}),
    credited AS (
      SELECT DISTINCT t.ancestor_id AS unit_id, i.id, i.kind, i.is_in_depth, i.published_at
        FROM items i
        JOIN item_authors a ON a.item_id = i.id
        JOIN spell_ranges s ON s.user_id = a.user_id AND i.published_at >= s.from_at AND i.published_at < s.to_at
        JOIN unit_ancestors t ON t.unit_id = s.unit_id
        JOIN units target ON target.id = t.ancestor_id
       WHERE ${countedInYearSql(year, "i")}
         AND target.kind::text IN (${Prisma.join([...unitKinds])})
    )`;
}

/** For each unit of the given kinds, the distinct items of the year its people wrote (co-authors of one unit add an item once). */
export async function loadUnitCounts(year: number, unitKinds: readonly UnitKind[]): Promise<Map<number, KindCounts>> {
  if (unitKinds.length === 0) return new Map();
  const rows = await db.$queryRaw<(KindCountRow & { unit_id: number })[]>`
    ${creditedItemsSql(year, unitKinds)}
    SELECT c.unit_id, ${kindCountsSql("c")}
      FROM credited c
     GROUP BY c.unit_id`;
  return new Map(rows.map((row) => [row.unit_id, kindCountsOf(row)]));
}

/** For each unit of the given kinds, its distinct items per Vietnam month (1..12) of the year; months without items left out. */
export async function loadUnitMonthlyCounts(year: number, unitKinds: readonly UnitKind[]): Promise<{ unitId: number; month: number; count: number }[]> {
  if (unitKinds.length === 0) return [];
  const rows = await db.$queryRaw<{ unit_id: number; month: number; count: bigint }[]>`
    ${creditedItemsSql(year, unitKinds)}
    SELECT c.unit_id, ${vietnamMonthSql("c")} AS month, count(*) AS count
      FROM credited c
     GROUP BY 1, 2`;
  return rows.map((row) => ({ unitId: row.unit_id, month: Number(row.month), count: Number(row.count) }));
}

/** Distinct items that counted for anyone in the year (public, first published in it, with an author). */
export async function countItemsOfYear(year: number): Promise<number> {
  const [row] = await db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM items i
     WHERE ${countedInYearSql(year, "i")}
       AND EXISTS (SELECT 1 FROM item_authors a WHERE a.item_id = i.id)`;
  return Number(row?.count ?? 0);
}

export type UnitNode = { id: number; name: string; kind: UnitKind; parentId: number | null; sortOrder: number; isActive: boolean };

export async function loadUnitNodes(): Promise<UnitNode[]> {
  return db.unit.findMany({
    select: { id: true, name: true, kind: true, parentId: true, sortOrder: true, isActive: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
}
