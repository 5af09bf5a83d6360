import type { ItemKind, ItemStatus } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { ITEM_STATUSES } from "@/components/dashboard/item-status-labels";
import { itemListFilterSchema } from "@/lib/validations/item";

// The filters of the back-office item lists ("Bài của tôi", "Quản lý bài"),
// read from the URL: anything malformed is simply ignored.

export const ITEM_LIST_PAGE_SIZE = 20;

export type ItemListFilter = { status?: ItemStatus; kind?: ItemKind; q?: string; page: number };

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseItemListFilter(params: SearchParams): ItemListFilter {
  const parsed = itemListFilterSchema.parse({
    status: first(params.status),
    kind: first(params.kind) || undefined,
    q: first(params.q),
    trang: first(params.trang),
  });
  const status = ITEM_STATUSES.find((value) => value === parsed.status);
  return { status, kind: parsed.kind, q: parsed.q || undefined, page: parsed.trang };
}

/** The filter as URL parameters (page left out), for pagination links. */
export function filterQuery(filter: ItemListFilter): URLSearchParams {
  const query = new URLSearchParams();
  if (filter.status) query.set("status", filter.status);
  if (filter.kind) query.set("kind", filter.kind);
  if (filter.q) query.set("q", filter.q);
  return query;
}

/** `path?…&trang=N` (page 1 drops the parameter). */
export function pageHref(path: string, query: URLSearchParams, page: number): string {
  const next = new URLSearchParams(query);
  if (page > 1) next.set("trang", String(page));
  const text = next.toString();
  return `${path}${text ? `?${text}` : ""}`;
}

/** Title search ignoring case and diacritics ("dai hoi" finds "Đại hội"). */
export function titleMatches(column: Prisma.Sql, q: string): Prisma.Sql {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return Prisma.sql`search_fold(${column}) LIKE search_fold(${pattern})`;
}

export const pageCountOf = (total: number) => Math.max(1, Math.ceil(total / ITEM_LIST_PAGE_SIZE));
