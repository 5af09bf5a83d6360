import type { PersonQuotaRow, PersonRowsPage, QuotaFilter } from "@/lib/quotas/quota-types";

// The person table's filters, sorting and paging, read from and written to
// the URL (pages, export links and the printable report share them). Pure.
// CONTRACT STUB: implemented by the quota core.

export const QUOTA_PAGE_SIZE = 50;

type SearchParams = Record<string, string | string[] | undefined>;

/** URL parameters: nam, don-vi, chuc-vu, trang-thai, q, sap-xep, chieu (tang|giam), trang. Malformed values are ignored. */
export function parseQuotaFilter(params: SearchParams, now: Date = new Date()): QuotaFilter {
  void params;
  void now;
  throw new Error("parseQuotaFilter: not implemented yet");
}

/** The filter as URL parameters (page left out unless asked), for links that keep the view. */
export function quotaFilterQuery(filter: QuotaFilter, options: { withPage?: boolean } = {}): URLSearchParams {
  void filter;
  void options;
  throw new Error("quotaFilterQuery: not implemented yet");
}

/** Filters and sorts every row (exports use this), then cuts one page. */
export function filterPersonRows(rows: readonly PersonQuotaRow[], filter: QuotaFilter): PersonQuotaRow[] {
  void rows;
  void filter;
  throw new Error("filterPersonRows: not implemented yet");
}

export function pagePersonRows(rows: readonly PersonQuotaRow[], page: number, pageSize = QUOTA_PAGE_SIZE): PersonRowsPage {
  void rows;
  void page;
  void pageSize;
  throw new Error("pagePersonRows: not implemented yet");
}
