import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ItemKind, ItemStatus } from "@/lib/generated/prisma/enums";
import { lockRow } from "@/lib/server/db/lock-row";
import { ITEM_MESSAGES } from "@/lib/items/messages";

/** What a move reads about the item, under its row lock. */
export type LockedItem = {
  id: number;
  status: ItemStatus;
  kind: ItemKind;
  slug: string;
  title: string;
  lead: string;
  bodyJson: unknown;
  version: number;
  createdById: number;
  authorIds: number[];
  sectionCount: number;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  statusChangedAt: Date;
  /** When its content was last saved (moves keep it). */
  updatedAt: Date;
};

/**
 * Inside a transaction: takes the item's row lock (SELECT … FOR UPDATE) and
 * reads it. Two people moving, or saving and moving, the same item queue up
 * here: the second reads the status the first left, so a move made on a
 * status that is no longer current is refused instead of applied twice.
 */
export async function lockWorkflowItem(tx: Prisma.TransactionClient, itemId: number): Promise<LockedItem> {
  await lockRow(tx, "items", itemId, ITEM_MESSAGES.notFound);
  const row = await tx.item.findUniqueOrThrow({
    where: { id: itemId },
    select: {
      id: true,
      status: true,
      kind: true,
      slug: true,
      title: true,
      lead: true,
      bodyJson: true,
      version: true,
      createdById: true,
      publishedAt: true,
      scheduledAt: true,
      statusChangedAt: true,
      updatedAt: true,
      authors: { orderBy: { sortOrder: "asc" }, select: { userId: true } },
      _count: { select: { sections: true } },
    },
  });
  const { authors, _count, ...item } = row;
  return { ...item, authorIds: authors.map((a) => a.userId), sectionCount: _count.sections };
}
