import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_TAGS, PUBLIC_CACHE_SECONDS } from "@/lib/cache-tags";
import type { ItemKind } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { findMatches, highlight, snippet } from "@/lib/search/highlight";
import { parseSearchQuery } from "@/lib/search/parse-search-query";
import { documentCandidatesSql, documentCountSql, loadDocumentRows, type DocumentSearchRow } from "@/lib/server/search/search-documents";
import { itemCandidatesSql, itemCountSql, loadItemRows, type ItemSearchRow } from "@/lib/server/search/search-items";
import { SEARCH_RESULT_LIMIT, type Candidate } from "@/lib/server/search/search-score";

export const SEARCH_PAGE_SIZE = 15;

export type ItemHit = {
  slug: string;
  kind: ItemKind;
  isInDepth: boolean;
  /** HTML: escaped text with <mark> around matches. */
  titleHtml: string;
  snippetHtml: string;
  publishedAt: string;
};

export type DocumentHit = {
  slug: string;
  type: string;
  numberSymbolHtml: string;
  summaryHtml: string;
  issuingBody: string;
  issuedAt: string;
};

/** One place in the results: items and documents share one ranking (search-score.ts). */
export type SearchHit = { item: ItemHit; document?: never } | { document: DocumentHit; item?: never };

export type SiteSearchResult = {
  query: string;
  page: number;
  pageCount: number;
  /** Items plus documents, each counted up to SEARCH_RESULT_LIMIT + 1. */
  total: number;
  /** More matched than a reader can page through: the count reads "hơn 300". */
  isTotalCapped: boolean;
  itemTotal: number;
  documentTotal: number;
  hits: SearchHit[];
  /** The item hits among `hits`, in order. */
  items: ItemHit[];
};

function toItemHit(row: Omit<ItemSearchRow, "score">, terms: string[]): ItemHit {
  // The lead if the words are in it, else the body around them, else the lead anyway.
  const hasMatch = (text: string) => findMatches(text, terms).length > 0;
  const source = hasMatch(row.lead) || !hasMatch(row.bodyExcerpt) ? row.lead || row.bodyExcerpt : row.bodyExcerpt;
  return {
    slug: row.slug,
    kind: row.kind,
    isInDepth: row.isInDepth,
    titleHtml: highlight(row.title, terms),
    snippetHtml: highlight(snippet(source, terms), terms),
    publishedAt: row.publishedAt.toISOString(),
  };
}

function toDocumentHit(row: DocumentSearchRow, terms: string[]): DocumentHit {
  return {
    slug: row.slug,
    type: row.type,
    numberSymbolHtml: highlight(row.numberSymbol, terms),
    summaryHtml: highlight(row.summary, terms),
    issuingBody: row.issuingBody,
    issuedAt: row.issuedAt.toISOString(),
  };
}

async function runSearch(rawQuery: string, page: number): Promise<SiteSearchResult | null> {
  const query = parseSearchQuery(rawQuery);
  if (!query) return null;
  const terms = query.highlightTerms;
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const needed = offset + SEARCH_PAGE_SIZE;
  const [ranked, itemCount, documentCount] = await Promise.all([
    db.$queryRaw<Candidate[]>`
      SELECT c.* FROM ((${itemCandidatesSql(query, needed)}) UNION ALL (${documentCandidatesSql(query, needed)})) AS c
      ORDER BY c.score DESC, c.at DESC, c.source DESC, c.id DESC
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`,
    db.$queryRaw<{ count: number }[]>(itemCountSql(query)),
    db.$queryRaw<{ count: number }[]>(documentCountSql(query)),
  ]);
  const idsOf = (source: Candidate["source"]) => ranked.filter((c) => c.source === source).map((c) => c.id);
  const [itemRows, documentRows] = await Promise.all([
    loadItemRows(idsOf("item"), terms[0] ?? ""),
    loadDocumentRows(idsOf("document")),
  ]);
  const items = new Map(itemRows.map((row) => [row.id, toItemHit(row, terms)]));
  const documents = new Map(documentRows.map((row) => [row.id, toDocumentHit(row, terms)]));
  const hits = ranked.flatMap((c): SearchHit[] => {
    const item = c.source === "item" ? items.get(c.id) : undefined;
    const document = c.source === "document" ? documents.get(c.id) : undefined;
    return item ? [{ item }] : document ? [{ document }] : [];
  });
  const itemTotal = itemCount[0]?.count ?? 0;
  const documentTotal = documentCount[0]?.count ?? 0;
  const total = itemTotal + documentTotal;
  return {
    query: query.text,
    page,
    pageCount: Math.max(1, Math.ceil(Math.min(total, SEARCH_RESULT_LIMIT) / SEARCH_PAGE_SIZE)),
    total,
    isTotalCapped: total > SEARCH_RESULT_LIMIT,
    itemTotal,
    documentTotal,
    hits,
    items: hits.flatMap((hit) => (hit.item ? [hit.item] : [])),
  };
}

const cachedSearch = unstable_cache(runSearch, ["public:search-site"], {
  tags: [CACHE_TAGS.items, CACHE_TAGS.documents],
  revalidate: PUBLIC_CACHE_SECONDS,
});

/**
 * Items and documents for a query, merged into one ranked list, cached per normalised query and page.
 * Null when the query has nothing searchable in it.
 */
export async function searchSite(rawQuery: string, page: number): Promise<SiteSearchResult | null> {
  const query = parseSearchQuery(rawQuery);
  if (!query) return null;
  return cachedSearch(query.text, page);
}

