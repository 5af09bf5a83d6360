import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { publicDocumentSql } from "@/lib/server/documents/public-document";
import type { SearchQuery } from "@/lib/search/parse-search-query";
import { headingScoreSql, headingTsquery, SEARCH_RESULT_LIMIT, type Candidate } from "@/lib/server/search/search-score";

// The SQL condition "this directive document matches the reader's query":
// its words (number/symbol, summary, issuing body) as prefixes, or its
// số/ký hiệu compared letters-and-digits only, so "91 KH", "91-kh/duk" and
// "91-KH/ĐUK" all find 91-KH/ĐUK. Used by search and by the document library.
export function documentMatchSql(query: SearchQuery, alias = "d"): Prisma.Sql {
  const table = Prisma.raw(alias);
  const byWords = Prisma.sql`${table}.search_vector @@ to_tsquery('simple', ${query.tsquery})`;
  if (!query.numberKey) return byWords;
  return Prisma.sql`(${byWords} OR ${numberHitSql(query, table)})`;
}

function numberHitSql(query: SearchQuery, table: Prisma.Sql): Prisma.Sql {
  if (!query.numberKey) return Prisma.sql`false`;
  return Prisma.sql`regexp_replace(search_fold(${table}.number_symbol), '[^[:alnum:]]', '', 'g') LIKE ${`%${query.numberKey}%`}`;
}

/** Every word in the number/symbol or the summary (not only in the issuing body), or a number hit. */
function documentHeadingMatchSql(query: SearchQuery, table: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${table}.search_vector @@ to_tsquery('simple', ${headingTsquery(query)}) OR ${numberHitSql(query, table)})`;
}

/**
 * The document's score on the items' scale (search-score.ts): a heading
 * match scores above 1, a match through the issuing body alone 0; a number
 * hit adds 1, so "91-KH" puts 91-KH/ĐUK first.
 */
export function documentRankSql(query: SearchQuery, alias = "d"): Prisma.Sql {
  const table = Prisma.raw(alias);
  const heading = Prisma.sql`(${table}.number_symbol || ' ' || ${table}.summary)`;
  const tsquery = Prisma.sql`to_tsquery('simple', ${query.tsquery})`;
  return Prisma.sql`(CASE WHEN ${documentHeadingMatchSql(query, table)}
      THEN ${headingScoreSql(query, Prisma.sql`${table}.search_vector`, heading, tsquery)} ELSE 0 END
    + CASE WHEN ${numberHitSql(query, table)} THEN 1 ELSE 0 END)::float8`;
}

/** Document candidates (source, id, at, score) for a merged list: see itemCandidatesSql. */
export function documentCandidatesSql(query: SearchQuery, needed: number): Prisma.Sql {
  const d = Prisma.raw("d");
  return Prisma.sql`
    WITH heading AS MATERIALIZED (
      SELECT d.id, d.issued_at, ${documentRankSql(query)} AS score FROM directive_documents d
      WHERE ${publicDocumentSql("d")} AND ${documentHeadingMatchSql(query, d)}
      ORDER BY d.issued_at DESC, d.id DESC LIMIT ${SEARCH_RESULT_LIMIT}
    ),
    body AS MATERIALIZED (
      SELECT d.id, d.issued_at FROM directive_documents d
      WHERE ${publicDocumentSql("d")} AND ${documentMatchSql(query)} AND NOT ${documentHeadingMatchSql(query, d)}
      ORDER BY d.issued_at DESC, d.id DESC
      LIMIT greatest(${needed}::int - (SELECT count(*) FROM heading), 0)
    )
    SELECT 'document' AS source, h.id, h.issued_at::timestamptz AS at, h.score FROM heading h
    UNION ALL
    SELECT 'document', b.id, b.issued_at::timestamptz, 0::float8 FROM body b`;
}

/** How many published documents match, counted up to SEARCH_RESULT_LIMIT + 1. */
export function documentCountSql(query: SearchQuery): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS count FROM (
      SELECT 1 FROM directive_documents d WHERE ${publicDocumentSql("d")} AND ${documentMatchSql(query)}
      LIMIT ${SEARCH_RESULT_LIMIT + 1}) AS matched`;
}

export type DocumentSearchRow = {
  id: number;
  slug: string;
  numberSymbol: string;
  type: string;
  issuingBody: string;
  issuedAt: Date;
  summary: string;
};

/** The display fields of the given documents. */
export async function loadDocumentRows(ids: number[]): Promise<DocumentSearchRow[]> {
  if (ids.length === 0) return [];
  return db.$queryRaw<DocumentSearchRow[]>`
    SELECT d.id, d.slug, d.number_symbol AS "numberSymbol", d.type::text AS type,
      d.issuing_body AS "issuingBody", d.issued_at AS "issuedAt", d.summary
    FROM directive_documents d WHERE d.id = ANY(${ids}::int[])`;
}

/** Documents alone, best first (total counted up to SEARCH_RESULT_LIMIT + 1). */
export async function searchDocuments(
  query: SearchQuery,
  { limit }: { limit: number },
): Promise<{ rows: DocumentSearchRow[]; total: number }> {
  const [ranked, counted] = await Promise.all([
    db.$queryRaw<Candidate[]>`
      SELECT c.* FROM (${documentCandidatesSql(query, limit)}) AS c
      ORDER BY c.score DESC, c.at DESC, c.id DESC LIMIT ${limit}`,
    db.$queryRaw<{ count: number }[]>(documentCountSql(query)),
  ]);
  const details = new Map((await loadDocumentRows(ranked.map((c) => c.id))).map((row) => [row.id, row]));
  return { rows: ranked.flatMap((c) => details.get(c.id) ?? []), total: counted[0]?.count ?? 0 };
}
