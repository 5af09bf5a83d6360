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
} from "@/lib/server/quotas/quota-sql";

// The quota report's raw numbers, each a grouped query: who held which
// position on the reference day, what each person wrote, what each unit's
// people wrote, how many items counted at all. The report runs them side by
// side: measured on 100,000 items, separate statements cost less than one
// statement sharing a materialised join (lib/quotas/README.md). Pure maths
// elsewhere.

export type HeldPosition = { userId: number; name: string; isActive: boolean; position: Position; unitId: number };

/** Everyone holding a position on the reference day: the spell with the latest valid_from before that day ends. */
export async function loadHeldPositions(input: { referenceDate: string; includeInactive: boolean; userId?: number }): Promise<HeldPosition[]> {
  const referenceEnd = endOfVietnamDay(input.referenceDate);
  const onlyUser = input.userId === undefined ? Prisma.empty : Prisma.sql`AND ps.user_id = ${input.userId}`;
  const rows = await db.$queryRaw<{ user_id: number; name: string; is_active: boolean; position: Position; unit_id: number }[]>`
    SELECT u.id AS user_id, u.name, u.is_active, h.position::text AS position, h.unit_id
      FROM (SELECT DISTINCT ON (ps.user_id) ps.user_id, ps.position, ps.unit_id
              FROM position_spells ps
             WHERE ps.valid_from < ${referenceEnd} ${onlyUser}
             ORDER BY ps.user_id, ps.valid_from DESC) h
      JOIN users u ON u.id = h.user_id
     WHERE ${input.includeInactive} OR u.is_active`;
  return rows.map((row) => ({ userId: row.user_id, name: row.name, isActive: row.is_active, position: row.position, unitId: row.unit_id }));
}

/** Per author, the items of the year by kind: an item counts for each of its authors. `userId`: that author only. */
export async function loadPeopleCounts(year: number, userId?: number): Promise<Map<number, KindCounts>> {
  const onlyUser = userId === undefined ? Prisma.empty : Prisma.sql`AND a.user_id = ${userId}`;
  const rows = await db.$queryRaw<(KindCountRow & { user_id: number })[]>`
    SELECT a.user_id, ${kindCountsSql("i")}
      FROM items i
      JOIN item_authors a ON a.item_id = i.id ${onlyUser}
     WHERE ${countedInYearSql(year, "i")}
     GROUP BY a.user_id`;
  return new Map(rows.map((row) => [row.user_id, kindCountsOf(row)]));
}

/**
 * `WITH …` ending in `credited (target_id, id, kind, is_in_depth, published_at)`:
 * each item of the year once per unit of the given kinds it counts for, that
 * is whose people wrote it: each author's unit when the item was published
 * (position spells), and every unit above it.
 */
function creditedSql(year: number, unitKinds: readonly UnitKind[]): Prisma.Sql {
  // The spells' small table joined to their target units first, so the
  // planner hashes it and streams the year's authorships through it once.
  return Prisma.sql`
    WITH RECURSIVE unit_ancestors AS (${UNIT_ANCESTORS_SQL}),
    spell_targets AS MATERIALIZED (
      SELECT s.user_id, s.from_at, s.to_at, t.ancestor_id AS target_id
        FROM (${SPELL_RANGES_SQL}) s
        JOIN unit_ancestors t ON t.unit_id = s.unit_id
        JOIN units u ON u.id = t.ancestor_id
       WHERE u.kind = ANY(CAST(${[...new Set(unitKinds)]} AS "UnitKind"[]))
    ),
    credited AS (
      SELECT DISTINCT st.target_id, i.id, i.kind, i.is_in_depth, i.published_at
        FROM items i
        JOIN item_authors a ON a.item_id = i.id
        JOIN spell_targets st ON st.user_id = a.user_id AND i.published_at >= st.from_at AND i.published_at < st.to_at
       WHERE ${countedInYearSql(year, "i")}
    )`;
}

/** Per unit of the given kinds, the distinct items of the year its people wrote (co-authors of one unit add an item once). */
export async function loadUnitCounts(year: number, unitKinds: readonly UnitKind[]): Promise<Map<number, KindCounts>> {
  if (unitKinds.length === 0) return new Map();
  const rows = await db.$queryRaw<(KindCountRow & { unit_id: number })[]>`
    ${creditedSql(year, unitKinds)}
    SELECT c.target_id AS unit_id, ${kindCountsSql("c")}
      FROM credited c
     GROUP BY c.target_id`;
  return new Map(rows.map((row) => [row.unit_id, kindCountsOf(row)]));
}

/** Per unit of the given kinds, its distinct items per Vietnam month (1..12) of the year, counted as loadUnitCounts counts; empty months left out. */
export async function loadUnitMonthlyCounts(year: number, unitKinds: readonly UnitKind[]): Promise<{ unitId: number; month: number; count: number }[]> {
  if (unitKinds.length === 0) return [];
  const rows = await db.$queryRaw<{ unit_id: number; month: number; count: bigint }[]>`
    ${creditedSql(year, unitKinds)}
    SELECT c.target_id AS unit_id, ${vietnamMonthSql("c")} AS month, count(*) AS count
      FROM credited c
     GROUP BY 1, 2`;
  return rows.map((row) => ({ unitId: row.unit_id, month: Number(row.month), count: Number(row.count) }));
}

/** Distinct items of the year that counted for anyone (that have an author). */
export async function countItemsOfYear(year: number): Promise<number> {
  const [row] = await db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count
      FROM items i
     WHERE ${countedInYearSql(year, "i")}
       AND EXISTS (SELECT 1 FROM item_authors a WHERE a.item_id = i.id)`;
  return Number(row?.count ?? 0);
}

/**
 * The year's public items per Vietnam month, by kind, for the charts. No
 * author condition (unlike countItemsOfYear): every item gets its creator as
 * author, and leaving the semi-join out halves the query.
 */
export async function loadItemsByMonth(year: number): Promise<Map<number, KindCounts>> {
  const rows = await db.$queryRaw<(KindCountRow & { month: number })[]>`
    SELECT ${vietnamMonthSql("i")} AS month, ${kindCountsSql("i")}
      FROM items i
     WHERE ${countedInYearSql(year, "i")}
     GROUP BY 1`;
  return new Map(rows.map((row) => [Number(row.month), kindCountsOf(row)]));
}

export type UnitNode = { id: number; name: string; kind: UnitKind; parentId: number | null; sortOrder: number; isActive: boolean };

export async function loadUnitNodes(): Promise<UnitNode[]> {
  return db.unit.findMany({
    select: { id: true, name: true, kind: true, parentId: true, sortOrder: true, isActive: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
}
