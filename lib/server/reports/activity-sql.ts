import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentType, ItemKind } from "@/lib/generated/prisma/enums";
import { publicDocumentSql } from "@/lib/server/documents/public-document";
import { publicItemSql } from "@/lib/server/items/public/public-item";
import type { ReportPeriod } from "@/lib/reports/report-types";

// The activity report's grouped queries over public items (the shared
// predicate) first published in the period or the previous one. Each reads
// both periods in one pass (count(*) FILTER …); items by primary section and
// by kind come from the same scan (GROUPING SETS).

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

export type ItemDimensionRow = {
  /** true: a by-kind row (kind, is_in_depth); false: a by-primary-section row (section_id, null for none). */
  by_kind: boolean;
  section_id: number | null;
  kind: ItemKind | null;
  is_in_depth: boolean | null;
  count: number;
  previous: number;
  views: number;
  previous_views: number;
};

/** Items and views by primary section (each item once) and by kind (in-depth only for articles), in one scan. */
export function queryItemDimensions(period: ReportPeriod, previous: ReportPeriod): Promise<ItemDimensionRow[]> {
  const p = periodPairSql(period, previous);
  return db.$queryRaw<ItemDimensionRow[]>`
    SELECT GROUPING(l.section_id) = 1 AS by_kind, l.section_id, i.kind::text AS kind, (i.kind = 'ARTICLE' AND i.is_in_depth) AS is_in_depth,
           ${countsSql(p)},
           coalesce(sum(i.view_count) FILTER (WHERE ${p.inPeriod}), 0)::float8 AS views,
           coalesce(sum(i.view_count) FILTER (WHERE ${p.inPrevious}), 0)::float8 AS previous_views
      FROM items i
      LEFT JOIN item_sections l ON l.item_id = i.id AND l.is_primary
     WHERE ${publicItemSql("i")} AND ${p.range}
     GROUP BY GROUPING SETS ((l.section_id), (i.kind, (i.kind = 'ARTICLE' AND i.is_in_depth)))`;
}

export type SectionListRow = { id: number; name: string; is_visible: boolean };

export function querySections(): Promise<SectionListRow[]> {
  return db.$queryRaw<SectionListRow[]>`SELECT id, name, is_visible FROM sections ORDER BY sort_order, id`;
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
     WHERE ${publicDocumentSql("d")} AND d.published_at IS NOT NULL AND ${p.range}
     GROUP BY d.type`;
}
