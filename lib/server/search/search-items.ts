import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ItemHeading } from "@/lib/server/items/public/item-summary";
import { publicItemSql } from "@/lib/server/items/public/public-item";
import type { SearchQuery } from "@/lib/search/parse-search-query";
import { headingScoreSql, SEARCH_RESULT_LIMIT, type Candidate } from "@/lib/server/search/search-score";

// Published items matching every word (as a prefix), on the scale of
// search-score.ts. The expensive part of a search is reading the whole-body
// search_vector (TOASTed, ~2.5 KB a row): it is only used to find body
// matches, never to rank, and only when the headings do not fill the page.

export type ItemSearchRow = ItemHeading & {
  /** Up to ~400 characters of the body around the first match (the lead may not contain it). */
  bodyExcerpt: string;
  publishedAt: Date;
  score: number;
};

/**
 * SQL for item candidates (source, id, at, score) enough to fill the first
 * `needed` places of any list they are merged into: the best of the newest
 * SEARCH_RESULT_LIMIT heading matches, then `needed - headingRows` body-only
 * matches, newest first.
 */
export function itemCandidatesSql(query: SearchQuery, needed: number): Prisma.Sql {
  // Inlined (not a CTE) so the planner sees the query's selectivity.
  const tsquery = Prisma.sql`to_tsquery('simple', ${query.tsquery})`;
  const heading = Prisma.sql`(h.title || ' ' || h.lead)`;
  return Prisma.sql`
    WITH heading AS MATERIALIZED (
      SELECT i.id, i.published_at, i.title, i.lead, i.heading_vector FROM items i
      WHERE ${publicItemSql("i")} AND i.heading_vector @@ ${tsquery}
      ORDER BY i.published_at DESC, i.id DESC LIMIT ${SEARCH_RESULT_LIMIT}
    ),
    body AS MATERIALIZED (
      SELECT i.id, i.published_at FROM items i
      WHERE ${publicItemSql("i")} AND i.search_vector @@ ${tsquery} AND NOT (i.heading_vector @@ ${tsquery})
      ORDER BY i.published_at DESC, i.id DESC
      LIMIT greatest(${needed}::int - (SELECT count(*) FROM heading), 0)
    )
    SELECT 'item' AS source, h.id, h.published_at AS at, ${headingScoreSql(query, Prisma.sql`h.heading_vector`, heading, tsquery)}::float8 AS score
      FROM heading h
    UNION ALL
    SELECT 'item', b.id, b.published_at, 0::float8 FROM body b`;
}

/**
 * How many public items match, counted up to SEARCH_RESULT_LIMIT + 1 ("hơn
 * 300"): heading matches first (inline, cheap); the body's search_vector is
 * read only when the headings fall short of the cap.
 */
export function itemCountSql(query: SearchQuery): Prisma.Sql {
  const tsquery = Prisma.sql`to_tsquery('simple', ${query.tsquery})`;
  const cap = SEARCH_RESULT_LIMIT + 1;
  return Prisma.sql`
    WITH heading AS (
      SELECT count(*)::int AS n FROM (
        SELECT 1 FROM items i WHERE ${publicItemSql("i")} AND i.heading_vector @@ ${tsquery} LIMIT ${cap}) AS matched
    )
    SELECT h.n + CASE WHEN h.n >= ${cap} THEN 0 ELSE (
      SELECT count(*)::int FROM (
        SELECT 1 FROM items i
        WHERE ${publicItemSql("i")} AND i.search_vector @@ ${tsquery} AND NOT (i.heading_vector @@ ${tsquery})
        LIMIT ${cap} - h.n) AS matched) END AS count
    FROM heading h`;
}

/** The display fields of the given items, with the part of the body around `anchorTerm`. */
export async function loadItemRows(ids: number[], anchorTerm: string): Promise<Omit<ItemSearchRow, "score">[]> {
  if (ids.length === 0) return [];
  return db.$queryRaw<Omit<ItemSearchRow, "score">[]>`
    SELECT i.id, i.slug, i.kind, i.is_in_depth AS "isInDepth", i.title, i.lead, i.published_at AS "publishedAt",
      substring(i.body_text FROM greatest(strpos(search_fold(left(i.body_text, 20000)), ${anchorTerm}) - 150, 1) FOR 400)
        AS "bodyExcerpt"
    FROM items i WHERE i.id = ANY(${ids}::int[])`;
}

/** Items alone, best first (total counted up to SEARCH_RESULT_LIMIT + 1). */
export async function searchItems(
  query: SearchQuery,
  { limit, offset }: { limit: number; offset: number },
): Promise<{ rows: ItemSearchRow[]; total: number }> {
  const [ranked, counted] = await Promise.all([
    db.$queryRaw<Candidate[]>`
      SELECT c.* FROM (${itemCandidatesSql(query, offset + limit)}) AS c
      ORDER BY c.score DESC, c.at DESC, c.id DESC LIMIT ${limit} OFFSET ${offset}`,
    db.$queryRaw<{ count: number }[]>(itemCountSql(query)),
  ]);
  const details = new Map((await loadItemRows(ranked.map((c) => c.id), query.highlightTerms[0] ?? "")).map((r) => [r.id, r]));
  const rows = ranked.flatMap((c) => {
    const row = details.get(c.id);
    return row ? [{ ...row, score: c.score }] : [];
  });
  return { rows, total: counted[0]?.count ?? 0 };
}
