import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchQuery } from "@/lib/search/parse-search-query";

// The SQL condition "this directive document matches the reader's query":
// its words (number/symbol, summary, issuing body) as prefixes, or its
// số/ký hiệu compared letters-and-digits only, so "91 KH", "91-kh/duk" and
// "91-KH/ĐUK" all find 91-KH/ĐUK. Used by search and by the document library.
export function documentMatchSql(query: SearchQuery, alias = "d"): Prisma.Sql {
  const table = Prisma.raw(alias);
  const byWords = Prisma.sql`${table}.search_vector @@ to_tsquery('simple', ${query.tsquery})`;
  if (!query.numberKey) return byWords;
  const pattern = `%${query.numberKey}%`;
  return Prisma.sql`(${byWords} OR regexp_replace(search_fold(${table}.number_symbol), '[^[:alnum:]]', '', 'g') LIKE ${pattern})`;
}

/** Ranking expression: a number/symbol hit first, then text rank. */
export function documentRankSql(query: SearchQuery, alias = "d"): Prisma.Sql {
  const table = Prisma.raw(alias);
  const rank = Prisma.sql`ts_rank_cd(${table}.search_vector, to_tsquery('simple', ${query.tsquery}), 32)`;
  if (!query.numberKey) return rank;
  const pattern = `%${query.numberKey}%`;
  return Prisma.sql`(CASE WHEN regexp_replace(search_fold(${table}.number_symbol), '[^[:alnum:]]', '', 'g') LIKE ${pattern} THEN 1 ELSE 0 END + ${rank})`;
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

export async function searchDocuments(
  query: SearchQuery,
  { limit }: { limit: number },
): Promise<{ rows: DocumentSearchRow[]; total: number }> {
  const match = documentMatchSql(query);
  const [rows, counted] = await Promise.all([
    db.$queryRaw<DocumentSearchRow[]>`
      SELECT d.id, d.slug, d.number_symbol AS "numberSymbol", d.type::text AS type,
        d.issuing_body AS "issuingBody", d.issued_at AS "issuedAt", d.summary
      FROM directive_documents d
      WHERE d.status = 'PUBLISHED' AND ${match}
      ORDER BY ${documentRankSql(query)} DESC, d.issued_at DESC, d.id DESC
      LIMIT ${limit}`,
    db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM directive_documents d WHERE d.status = 'PUBLISHED' AND ${match}`,
  ]);
  return { rows, total: counted[0]?.total ?? 0 };
}
