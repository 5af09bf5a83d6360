import "server-only";
import { db } from "@/lib/db";
import type { ItemKind, ItemStatus } from "@/lib/generated/prisma/enums";
import { ITEM_LIST_PAGE_SIZE, pageCountOf } from "@/lib/server/items/lists/item-list-filter";

/** Which desk's queue: the secretary's, the board's, or the board's scheduled items. */
export type QueueStatus = Extract<ItemStatus, "SUBMITTED" | "FORWARDED" | "SCHEDULED">;

export type QueueRow = {
  id: number;
  title: string;
  kind: ItemKind;
  isInDepth: boolean;
  authors: { id: number; name: string }[];
  penName: string | null;
  unitName: string | null;
  primarySection: string | null;
  /** When the item reached this desk: the waiting time counts from here. */
  statusChangedAt: Date;
  scheduledAt: Date | null;
};

export type QueuePage = { items: QueueRow[]; total: number; pageCount: number };

/**
 * One page of a desk's queue: whoever has waited longest comes first
 * (scheduled items: the next to go out first).
 */
export async function listReviewQueue(status: QueueStatus, page = 1): Promise<QueuePage> {
  const where = { status };
  const [total, rows] = await Promise.all([
    db.item.count({ where }),
    db.item.findMany({
      where,
      orderBy: status === "SCHEDULED" ? [{ scheduledAt: "asc" }, { id: "asc" }] : [{ statusChangedAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * ITEM_LIST_PAGE_SIZE,
      take: ITEM_LIST_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        kind: true,
        isInDepth: true,
        penName: true,
        statusChangedAt: true,
        scheduledAt: true,
        unit: { select: { name: true } },
        createdBy: { select: { id: true, name: true, unit: { select: { name: true } } } },
        authors: { orderBy: { sortOrder: "asc" }, select: { user: { select: { id: true, name: true } } } },
        sections: { orderBy: [{ isPrimary: "desc" }, { sectionId: "asc" }], take: 1, select: { section: { select: { name: true } } } },
      },
    }),
  ]);
  const items = rows.map((row) => ({
    id: row.id,
    title: row.title,
    kind: row.kind,
    isInDepth: row.isInDepth,
    // Every item has a creator; the named authors are who it counts for.
    authors: row.authors.length > 0 ? row.authors.map((author) => author.user) : [{ id: row.createdBy.id, name: row.createdBy.name }],
    penName: row.penName,
    unitName: row.unit?.name ?? row.createdBy.unit.name,
    primarySection: row.sections[0]?.section.name ?? null,
    statusChangedAt: row.statusChangedAt,
    scheduledAt: row.scheduledAt,
  }));
  return { items, total, pageCount: pageCountOf(total) };
}
