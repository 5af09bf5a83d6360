import type { DocumentType } from "@/lib/generated/prisma/enums";
import { isDocumentType } from "@/lib/documents/document-type-labels";
import { normalizeQueryText } from "@/lib/search/parse-search-query";

// The library's GET form: ?loai=PLAN&co-quan=…&nam=2019&q=…&trang=2.
export type DocumentFilters = {
  type: DocumentType | null;
  issuingBody: string | null;
  year: number | null;
  query: string;
};

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

export function parseDocumentFilters(params: Params): DocumentFilters {
  const type = first(params.loai);
  const issuingBody = first(params["co-quan"]).slice(0, 200);
  const year = Number(first(params.nam));
  return {
    type: isDocumentType(type) ? type : null,
    issuingBody: issuingBody || null,
    year: Number.isInteger(year) && year >= 1930 && year <= 2200 ? year : null,
    query: normalizeQueryText(params.q),
  };
}

/** /van-ban with the filters (and page, when > 1) as a query string. */
export function documentListHref(filters: DocumentFilters, page = 1): string {
  const search = new URLSearchParams();
  if (filters.query) search.set("q", filters.query);
  if (filters.type) search.set("loai", filters.type);
  if (filters.issuingBody) search.set("co-quan", filters.issuingBody);
  if (filters.year) search.set("nam", String(filters.year));
  if (page > 1) search.set("trang", String(page));
  const query = search.toString();
  return query ? `/van-ban?${query}` : "/van-ban";
}

export const hasDocumentFilters = (filters: DocumentFilters) =>
  Boolean(filters.type || filters.issuingBody || filters.year || filters.query);
