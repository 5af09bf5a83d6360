import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchQuery } from "@/lib/search/parse-search-query";

// One relevance scale for items and documents, so the two can be merged into
// a single list. A result's "heading" is what a reader scans first: an item's
// title and lead, a document's number/symbol and summary (trích yếu).
//
//   score = 1 + accent share + heading rank   every word is in the heading
//         = 0                                 only in an item's body or a document's issuer
//   (+ 1 for a document whose số/ký hiệu is what was typed, see search-documents.ts)
//
// accent share: the share of the words typed with accents found as typed in
// the heading ("bạc" is not "bác", "Đảng" is not "đang"), 0..1.
// heading rank: ts_rank_cd over the heading's lexemes only (title/number A,
// lead/summary B; the body or issuer weighs nothing), normalised to 0..1.
// Ties, and everything that matched only further down, go newest first.

/** A ranked result of either kind: what the merged list is sorted on. */
export type Candidate = { source: "item" | "document"; id: number; at: Date; score: number };

/** ts_rank_cd weights {D, C, B, A}: the body (C) and the issuer (C) count for nothing. */
export const HEADING_WEIGHTS = "{0,0,0.4,1}";

/**
 * Results a query can page through: the best of the newest this many heading
 * matches (per kind), then body matches. Beyond it the count says "hơn 300"
 * and the reader narrows the query.
 */
export const SEARCH_RESULT_LIMIT = 300;

/**
 * The ways a word is written in running text: "bác", "Bác", "BÁC", each
 * precomposed (NFC) and decomposed (NFD), since stored text is not normalised.
 */
export function accentVariants(word: string): string[] {
  const lower = word.normalize("NFC").toLowerCase();
  const capitalised = lower.charAt(0).toUpperCase() + lower.slice(1);
  const spellings = [lower, capitalised, lower.toUpperCase()];
  return [...new Set([...spellings, ...spellings.map((s) => s.normalize("NFD"))])];
}

/**
 * SQL for the accent share of `heading` (a text expression): plain strpos
 * calls inline. The database's lower() only knows ASCII on C-locale servers
 * and PGlite; translate() over every Vietnamese letter or normalize() per row
 * cost 100 times more.
 */
export function accentShareSql(query: SearchQuery, heading: Prisma.Sql): Prisma.Sql {
  if (query.accentedWords.length === 0) return Prisma.sql`0::float8`;
  const found = query.accentedWords.map((word) => {
    const tests = accentVariants(word).map((spelling) => Prisma.sql`strpos(${heading}, ${spelling}) > 0`);
    return Prisma.sql`(${Prisma.join(tests, " OR ")})::int`;
  });
  return Prisma.sql`((${Prisma.join(found, " + ")})::float8 / ${query.accentedWords.length})`;
}

/** 1 + accent share + heading rank: the score of a heading match (see above). */
export function headingScoreSql(query: SearchQuery, vector: Prisma.Sql, heading: Prisma.Sql, tsquery: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(1 + ${accentShareSql(query, heading)} + ts_rank_cd(${HEADING_WEIGHTS}::float4[], ${vector}, ${tsquery}, 32))`;
}

/** The query with every word restricted to heading weights (A, B): "all words in the heading". */
export function headingTsquery(query: SearchQuery): string {
  return query.terms.map((term) => `${term}:*AB`).join(" & ");
}
