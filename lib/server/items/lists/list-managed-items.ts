import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ItemKind, ItemStatus } from "@/lib/generated/prisma/enums";
import { findItemIdPage, pageCountOf, type ItemListFilter } from "@/lib/server/items/lists/item-list-filter";

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
  const { ids, total } = await findItemIdPage(
    Prisma.sql`i.status <> 'DRAFT'`,
    filter,
    Prisma.sql`i.status_changed_at DESC, i.id DESC`,
  );
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
