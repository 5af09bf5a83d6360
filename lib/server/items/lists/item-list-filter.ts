import "server-only";
import type { ItemKind, ItemStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ITEM_STATUSES } from "@/lib/items/item-labels";
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
/** Title search ignoring case and diacritics ("dai hoi" finds "Đại hội"). */
export function titleMatches(column: Prisma.Sql, q: string): Prisma.Sql {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return Prisma.sql`search_fold(${column}) LIKE search_fold(${pattern})`;
}

export const pageCountOf = (total: number) => Math.max(1, Math.ceil(total / ITEM_LIST_PAGE_SIZE));

/**
 * One page of item ids matching the base condition and the filter, in the
 * given order, with the total: the lists then load those ids' details.
 */
export async function findItemIdPage(
  base: Prisma.Sql,
  filter: ItemListFilter,
  orderBy: Prisma.Sql,
): Promise<{ ids: number[]; total: number }> {
  const conditions: Prisma.Sql[] = [base];
  if (filter.status) conditions.push(Prisma.sql`i.status = ${filter.status}::"ItemStatus"`);
  if (filter.kind) conditions.push(Prisma.sql`i.kind = ${filter.kind}::"ItemKind"`);
  if (filter.q) conditions.push(titleMatches(Prisma.sql`i.title`, filter.q));
  const where = Prisma.join(conditions, " AND ");
  const rows = await db.$queryRaw<{ id: number; total: bigint }[]>`
    SELECT i.id, count(*) OVER () AS total
      FROM items i
     WHERE ${where}
     ORDER BY ${orderBy}
     LIMIT ${ITEM_LIST_PAGE_SIZE} OFFSET ${(filter.page - 1) * ITEM_LIST_PAGE_SIZE}`;
  if (rows.length > 0) return { ids: rows.map((row) => row.id), total: Number(rows[0].total) };
  // A page past the end still says how many there are.
  const [row] = await db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM items i WHERE ${where}`;
  return { ids: [], total: Number(row?.total ?? 0) };
}
