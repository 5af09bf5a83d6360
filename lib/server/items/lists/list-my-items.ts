import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ItemKind, ItemStatus } from "@/lib/generated/prisma/enums";
import { findItemIdPage, pageCountOf, type ItemListFilter } from "@/lib/server/items/lists/item-list-filter";

export type MyItemRow = {
  id: number;
  title: string;
  kind: ItemKind;
  isInDepth: boolean;
  status: ItemStatus;
  sections: { id: number; name: string }[];
  updatedAt: Date;
  /** The latest reason the item came back (returned, rejected), for the author to read. */
  latestNote: { text: string; byName: string; at: Date; toStatus: ItemStatus } | null;
  editorialNoteCount: number;
};

export type MyItemsPage = { items: MyItemRow[]; total: number; pageCount: number };

/**
 * "Bài của tôi": one page of the items the person created or is named on as a
 * co-author, last changed first, filtered by status, kind and title.
 */
export async function listMyItems(actor: { id: number }, filter: ItemListFilter): Promise<MyItemsPage> {
  const { ids, total } = await findItemIdPage(
    Prisma.sql`(i.created_by_id = ${actor.id} OR EXISTS (SELECT 1 FROM item_authors a WHERE a.item_id = i.id AND a.user_id = ${actor.id}))`,
    filter,
    Prisma.sql`i.updated_at DESC, i.id DESC`,
  );

  const found = await db.item.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      title: true,
      kind: true,
      isInDepth: true,
      status: true,
      updatedAt: true,
      sections: { orderBy: [{ isPrimary: "desc" }, { sectionId: "asc" }], select: { section: { select: { id: true, name: true } } } },
      events: {
        where: { toStatus: { in: ["RETURNED", "REJECTED"] }, note: { not: null } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { note: true, toStatus: true, createdAt: true, actor: { select: { name: true } } },
      },
      _count: { select: { editorialNotes: true } },
    },
  });
  const byId = new Map(found.map((item) => [item.id, item]));
  const items = ids.flatMap((id) => {
    const item = byId.get(id);
    if (!item) return [];
    const event = item.events[0];
    return [
      {
        id: item.id,
        title: item.title,
        kind: item.kind,
        isInDepth: item.isInDepth,
        status: item.status,
        sections: item.sections.map((link) => link.section),
        updatedAt: item.updatedAt,
        latestNote: event?.note ? { text: event.note, byName: event.actor.name, at: event.createdAt, toStatus: event.toStatus } : null,
        editorialNoteCount: item._count.editorialNotes,
      },
    ];
  });
  return { items, total, pageCount: pageCountOf(total) };
}

// A page past the end returns no rows, and so no total: count separately.
