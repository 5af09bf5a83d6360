import { unstable_cache } from "next/cache";
import { CACHE_TAGS, PUBLIC_CACHE_SECONDS } from "@/lib/cache-tags";
import type { ItemKind } from "@/lib/generated/prisma/enums";
import { findMatches, highlight, snippet } from "@/lib/search/highlight";
import { parseSearchQuery } from "@/lib/search/parse-search-query";
import { searchDocuments } from "@/lib/search/search-documents";
import { searchItems } from "@/lib/search/search-items";

export const SEARCH_PAGE_SIZE = 15;
/** Documents shown above the items on the first page; the rest are in the library. */
export const SEARCH_DOCUMENT_LIMIT = 5;

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

export type SiteSearchResult = {
  query: string;
  page: number;
  pageCount: number;
  itemTotal: number;
  documentTotal: number;
  items: ItemHit[];
  documents: DocumentHit[];
};

async function runSearch(rawQuery: string, page: number): Promise<SiteSearchResult | null> {
  const query = parseSearchQuery(rawQuery);
  if (!query) return null;
  const terms = query.highlightTerms;
  const [items, documents] = await Promise.all([
    searchItems(query, { limit: SEARCH_PAGE_SIZE, offset: (page - 1) * SEARCH_PAGE_SIZE }),
    searchDocuments(query, { limit: page === 1 ? SEARCH_DOCUMENT_LIMIT : 0 }),
  ]);
  return {
    query: query.text,
    page,
    pageCount: Math.max(1, Math.ceil(items.total / SEARCH_PAGE_SIZE)),
    itemTotal: items.total,
    documentTotal: documents.total,
    items: items.rows.map((row) => {
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
    }),
    documents: documents.rows.map((row) => ({
      slug: row.slug,
      type: row.type,
      numberSymbolHtml: highlight(row.numberSymbol, terms),
      summaryHtml: highlight(row.summary, terms),
      issuingBody: row.issuingBody,
      issuedAt: row.issuedAt.toISOString(),
    })),
  };
}

const cachedSearch = unstable_cache(runSearch, ["public:search-site"], {
  tags: [CACHE_TAGS.items, CACHE_TAGS.documents],
  revalidate: PUBLIC_CACHE_SECONDS,
});

/**
 * Items and documents for a query, cached per normalised query and page.
 * Null when the query has nothing searchable in it.
 */
export async function searchSite(rawQuery: string, page: number): Promise<SiteSearchResult | null> {
  const query = parseSearchQuery(rawQuery);
  if (!query) return null;
  return cachedSearch(query.text, page);
}

