import type { Position } from "@/lib/generated/prisma/enums";
import { foldText } from "@/lib/search/fold-text";
import { POSITIONS } from "@/lib/users/labels";
import { vietnamYear } from "@/lib/content/dates";
import { QUOTA_SORTS, type PersonQuotaRow, type PersonRowsPage, type QuotaFilter, type QuotaSort, type QuotaStatus } from "@/lib/quotas/quota-types";
import { remainingTotal } from "@/lib/quotas/quota-labels";

// The person table's filters, sorting and paging, read from and written to
// the URL (pages, export links and the printable report share them). Pure.
// Values are the enum codes (chuc-vu=STAFF, trang-thai=NOT_YET, sap-xep=done),
// as the other back-office filters do.

export const QUOTA_PAGE_SIZE = 50;

type SearchParams = Record<string, string | string[] | undefined>;

const STATUSES: readonly QuotaStatus[] = ["COMPLETED", "EXCEEDED", "NOT_YET", "NO_TARGET"];
/** Sorting by status goes from least to most done; no target last. */
const STATUS_RANK: Record<QuotaStatus, number> = { NOT_YET: 0, COMPLETED: 1, EXCEEDED: 2, NO_TARGET: 3 };
const POSITION_RANK = new Map<Position, number>(POSITIONS.map((position, index) => [position, index]));

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

function positiveInt(value: string | undefined, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (!value || !/^\d{1,9}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= max ? n : undefined;
}

/** URL parameters: nam, don-vi, chuc-vu, trang-thai, q, sap-xep, chieu (tang|giam), trang. Malformed values are ignored. */
export function parseQuotaFilter(params: SearchParams, now: Date = new Date()): QuotaFilter {
  const year = positiveInt(first(params.nam));
  const position = first(params["chuc-vu"]);
  const status = first(params["trang-thai"]);
  const sort = first(params["sap-xep"]);
  const q = first(params.q)?.slice(0, 100);
  return {
    year: year && year >= 2000 && year <= 2100 ? year : vietnamYear(now),
    unitId: positiveInt(first(params["don-vi"]), 2_147_483_647),
    position: POSITIONS.find((value) => value === position),
    status: STATUSES.find((value) => value === status),
    q: q || undefined,
    sort: QUOTA_SORTS.find((value) => value === sort) ?? "name",
    direction: first(params.chieu) === "giam" ? "desc" : "asc",
    page: positiveInt(first(params.trang)) ?? 1,
  };
}

/** The filter as URL parameters (page left out unless asked), for links that keep the view. */
export function quotaFilterQuery(filter: QuotaFilter, options: { withPage?: boolean } = {}): URLSearchParams {
  const query = new URLSearchParams();
  query.set("nam", String(filter.year));
  if (filter.unitId) query.set("don-vi", String(filter.unitId));
  if (filter.position) query.set("chuc-vu", filter.position);
  if (filter.status) query.set("trang-thai", filter.status);
  if (filter.q) query.set("q", filter.q);
  if (filter.sort !== "name") query.set("sap-xep", filter.sort);
  if (filter.direction === "desc") query.set("chieu", "giam");
  if (options.withPage && filter.page > 1) query.set("trang", String(filter.page));
  return query;
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });
const byName = (a: PersonQuotaRow, b: PersonQuotaRow) => collator.compare(a.name, b.name) || a.userId - b.userId;

const COMPARE: Record<QuotaSort, (a: PersonQuotaRow, b: PersonQuotaRow) => number> = {
  name: byName,
  unit: (a, b) => collator.compare(a.unitName, b.unitName),
  position: (a, b) => (POSITION_RANK.get(a.position) ?? 99) - (POSITION_RANK.get(b.position) ?? 99),
  done: (a, b) => a.evaluation.done.total - b.evaluation.done.total,
  remaining: (a, b) => remainingTotal(a.evaluation.remaining) - remainingTotal(b.evaluation.remaining),
  status: (a, b) => STATUS_RANK[a.evaluation.status] - STATUS_RANK[b.evaluation.status],
};

/** Whether a name matches a search, diacritics optional: "nguyen van" finds "Nguyễn Văn", "Nguyễn" does not find "Nguyên". */
export function nameMatches(name: string, q: string): boolean {
  const words = q.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const folded = foldText(name.normalize("NFC"));
  const exact = name.normalize("NFC").toLowerCase();
  return words.every((word) => {
    const w = word.normalize("NFC").toLowerCase();
    // A word typed with diacritics must match them; one typed without matches either way.
    return foldText(w) === w ? folded.includes(w) : exact.includes(w);
  });
}

/** Filters and sorts every row (exports use this), then cuts one page. */
export function filterPersonRows(rows: readonly PersonQuotaRow[], filter: QuotaFilter): PersonQuotaRow[] {
  const kept = rows.filter(
    (row) =>
      (!filter.unitId || row.unitId === filter.unitId || row.unitPathIds.includes(filter.unitId)) &&
      (!filter.position || row.position === filter.position) &&
      (!filter.status || row.evaluation.status === filter.status) &&
      (!filter.q || nameMatches(row.name, filter.q)),
  );
  const compare = COMPARE[filter.sort];
  const sign = filter.direction === "desc" ? -1 : 1;
  // Ties fall back to the name, always A→Z, so a page never reshuffles.
  return kept.sort((a, b) => sign * compare(a, b) || byName(a, b));
}

export function pagePersonRows(rows: readonly PersonQuotaRow[], page: number, pageSize = QUOTA_PAGE_SIZE): PersonRowsPage {
  const total = rows.length;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  return { rows: rows.slice((current - 1) * pageSize, current * pageSize), total, page: current, pageCount };
}
