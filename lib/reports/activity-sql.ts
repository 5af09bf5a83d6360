import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentType, ItemKind, UnitKind } from "@/lib/generated/prisma/enums";
import { publicItemSql } from "@/lib/items/public-item";
import { SPELL_RANGES_SQL } from "@/lib/quotas/quota-sql";
import type { ReportPeriod } from "@/lib/reports/report-types";

// The activity report's grouped queries. Each one reads the period and the
// previous period in a single pass (count(*) FILTER …) over public items
// (the shared predicate) first published in either.

/** The two periods as SQL: the bounding range for the index, and a filter for each. */
export type PeriodPair = { range: Prisma.Sql; inPeriod: Prisma.Sql; inPrevious: Prisma.Sql };

export function periodPairSql(period: ReportPeriod, previous: ReportPeriod, column = "i.published_at"): PeriodPair {
  const c = Prisma.raw(column);
  const [ps, pe, qs, qe] = [period.start, period.end, previous.start, previous.end].map((iso) => new Date(iso)) as [Date, Date, Date, Date];
  const lo = ps < qs ? ps : qs;
  const hi = pe > qe ? pe : qe;
  return {
    range: Prisma.sql`${c} >= ${lo}::timestamptz AND ${c} < ${hi}::timestamptz`,
    inPeriod: Prisma.sql`${c} >= ${ps}::timestamptz AND ${c} < ${pe}::timestamptz`,
    inPrevious: Prisma.sql`${c} >= ${qs}::timestamptz AND ${c} < ${qe}::timestamptz`,
  };
}

export const countsSql = (p: PeriodPair) => Prisma.sql`
  count(*) FILTER (WHERE ${p.inPeriod})::int AS count,
  count(*) FILTER (WHERE ${p.inPrevious})::int AS previous`;

export type KindRow = { kind: ItemKind; is_in_depth: boolean; count: number; previous: number; views: number; previous_views: number };

/** Items and their views by kind (in-depth only for articles). */
export function queryByKind(period: ReportPeriod, previous: ReportPeriod): Promise<KindRow[]> {
  const p = periodPairSql(period, previous);
  return db.$queryRaw<KindRow[]>`
    SELECT i.kind::text AS kind, (i.kind = 'ARTICLE' AND i.is_in_depth) AS is_in_depth, ${countsSql(p)},
           coalesce(sum(i.view_count) FILTER (WHERE ${p.inPeriod}), 0)::float8 AS views,
           coalesce(sum(i.view_count) FILTER (WHERE ${p.inPrevious}), 0)::float8 AS previous_views
      FROM items i
     WHERE ${publicItemSql("i")} AND ${p.range}
     GROUP BY 1, 2`;
}

export type SectionRow = { section_id: number | null; name: string | null; is_visible: boolean | null; count: number; previous: number };

/** Items by primary section (each item once), with every visible section even when it has none. */
export function queryBySection(period: ReportPeriod, previous: ReportPeriod): Promise<SectionRow[]> {
  const p = periodPairSql(period, previous);
  return db.$queryRaw<SectionRow[]>`
    WITH counted AS (
      SELECT l.section_id, ${countsSql(p)}
        FROM items i
        LEFT JOIN item_sections l ON l.item_id = i.id AND l.is_primary
       WHERE ${publicItemSql("i")} AND ${p.range}
       GROUP BY l.section_id
    )
    SELECT s.id AS section_id, s.name, s.is_visible, coalesce(c.count, 0) AS count, coalesce(c.previous, 0) AS previous
      FROM sections s
      LEFT JOIN counted c ON c.section_id = s.id
     WHERE s.is_visible OR c.count > 0 OR c.previous > 0
    UNION ALL
    SELECT NULL, NULL, NULL, c.count, c.previous FROM counted c WHERE c.section_id IS NULL
     ORDER BY 1 NULLS LAST`;
}

export type UnitRow = { unit_id: number; name: string; kind: UnitKind; sort_order: number; count: number; previous: number };

/**
 * Items by the unit each author belonged to when the item was published
 * (position spells), each item once per unit: two co-authors of one unit
 * add it once, co-authors of two units add it to both.
 */
export function queryByUnit(period: ReportPeriod, previous: ReportPeriod): Promise<UnitRow[]> {
  const p = periodPairSql(period, previous);
  return db.$queryRaw<UnitRow[]>`
    WITH spell_ranges AS (${SPELL_RANGES_SQL}),
    credited AS (
      SELECT DISTINCT s.unit_id, i.id, i.published_at
        FROM items i
        JOIN item_authors a ON a.item_id = i.id
        JOIN spell_ranges s ON s.user_id = a.user_id AND i.published_at >= s.from_at AND i.published_at < s.to_at
       WHERE ${publicItemSql("i")} AND ${p.range}
    )
    SELECT u.id AS unit_id, u.name, u.kind::text AS kind, u.sort_order, ${countsSql(periodPairSql(period, previous, "c.published_at"))}
      FROM credited c
      JOIN units u ON u.id = c.unit_id
     GROUP BY u.id`;
}

export type TopRow = { id: number; slug: string; title: string; published_at: Date; views: number; section_name: string | null };

/** The most-read items published in the period (views counted to date); unread items are left out. */
export function queryTopItems(period: ReportPeriod, limit = 10): Promise<TopRow[]> {
  return db.$queryRaw<TopRow[]>`
    SELECT i.id, i.slug, i.title, i.published_at, i.view_count AS views, s.name AS section_name
      FROM items i
      LEFT JOIN item_sections l ON l.item_id = i.id AND l.is_primary
      LEFT JOIN sections s ON s.id = l.section_id
     WHERE ${publicItemSql("i")} AND i.published_at >= ${new Date(period.start)}::timestamptz
       AND i.published_at < ${new Date(period.end)}::timestamptz AND i.view_count > 0
     ORDER BY i.view_count DESC, i.published_at DESC, i.id DESC
     LIMIT ${limit}`;
}

export type DocumentRow = { type: DocumentType; count: number; previous: number };

/** Published directive documents by type, by their publication on the site. */
export function queryDocuments(period: ReportPeriod, previous: ReportPeriod): Promise<DocumentRow[]> {
  const p = periodPairSql(period, previous, "d.published_at");
  return db.$queryRaw<DocumentRow[]>`
    SELECT d.type::text AS type, ${countsSql(p)}
      FROM directive_documents d
     WHERE d.status = 'PUBLISHED' AND d.published_at IS NOT NULL AND ${p.range}
     GROUP BY d.type`;
}
