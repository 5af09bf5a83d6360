import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ItemKind, ItemStatus } from "@/lib/generated/prisma/enums";
import { ITEM_LIST_PAGE_SIZE, pageCountOf, titleMatches, type ItemListFilter } from "@/lib/items/item-list-filter";

export type ManagedItemRow = {
  id: number;
  slug: string;
  title: string;
  kind: ItemKind;
  isInDepth: boolean;
  status: ItemStatus;
  isFeatured: boolean;
  authorNames: string[];
  /** For the workflow guard: which moves the viewer may offer on the row. */
  createdById: number;
  authorIds: number[];
  primarySection: string | null;
  statusChangedAt: Date;
  publishedAt: Date | null;
  scheduledAt: Date | null;
};

export type ManagedItemsPage = { items: ManagedItemRow[]; total: number; pageCount: number };

/**
 * "Quản lý bài", for the editors: every item that has left its author's
 * drafts (drafts are nobody else's business), latest status change first.
 */
export async function listManagedItems(filter: ItemListFilter): Promise<ManagedItemsPage> {
  const conditions: Prisma.Sql[] = [Prisma.sql`i.status <> 'DRAFT'`];
  if (filter.status) conditions.push(Prisma.sql`i.status = ${filter.status}::"ItemStatus"`);
  if (filter.kind) conditions.push(Prisma.sql`i.kind = ${filter.kind}::"ItemKind"`);
  if (filter.q) conditions.push(titleMatches(Prisma.sql`i.title`, filter.q));
  const where = Prisma.join(conditions, " AND ");

  const rows = await db.$queryRaw<{ id: number; total: bigint }[]>`
    SELECT i.id, count(*) OVER () AS total
      FROM items i
     WHERE ${where}
     ORDER BY i.status_changed_at DESC, i.id DESC
     LIMIT ${ITEM_LIST_PAGE_SIZE} OFFSET ${(filter.page - 1) * ITEM_LIST_PAGE_SIZE}`;
  let total = rows.length > 0 ? Number(rows[0].total) : 0;
  if (rows.length === 0) {
    const [row] = await db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM items i WHERE ${where}`;
    total = Number(row?.total ?? 0);
  }
  const ids = rows.map((row) => row.id);
  const found = await db.item.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      slug: true,
      title: true,
      kind: true,
      isInDepth: true,
      status: true,
      isFeatured: true,
      statusChangedAt: true,
      publishedAt: true,
      scheduledAt: true,
      createdById: true,
      authors: { orderBy: { sortOrder: "asc" }, select: { user: { select: { id: true, name: true } } } },
      sections: { orderBy: [{ isPrimary: "desc" }, { sectionId: "asc" }], take: 1, select: { section: { select: { name: true } } } },
    },
  });
  const byId = new Map(found.map((item) => [item.id, item]));
  const items = ids.flatMap((id) => {
    const item = byId.get(id);
    if (!item) return [];
    const { authors, sections, ...rest } = item;
    return [
      {
        ...rest,
        authorNames: authors.map((author) => author.user.name),
        authorIds: authors.map((author) => author.user.id),
        primarySection: sections[0]?.section.name ?? null,
      },
    ];
  });
  return { items, total, pageCount: pageCountOf(total) };
}
