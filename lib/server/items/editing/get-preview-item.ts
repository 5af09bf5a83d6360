import "server-only";
import { db } from "@/lib/db";
import type { ItemStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/permissions";
import { publicItemSelect, toPublicItem, type PublicItem } from "@/lib/server/items/public/get-public-item";
import { canViewItem } from "@/lib/workflow/edit-rules";

export type PreviewItem = { item: PublicItem; status: ItemStatus; scheduledAt: Date | null };

/**
 * An item of any status in the public page's shape, for "Xem trước"; null when
 * it does not exist or this person may not open it. Until it is published,
 * the page shows the set time, else the present moment, as its date.
 */
export async function getPreviewItem(itemId: number, actor: Actor, now: Date = new Date()): Promise<PreviewItem | null> {
  const access = await db.item.findUnique({
    where: { id: itemId },
    select: { status: true, createdById: true, scheduledAt: true, authors: { select: { userId: true } } },
  });
  if (!access) return null;
  const workflowItem = { status: access.status, createdById: access.createdById, authorIds: access.authors.map((a) => a.userId) };
  if (!canViewItem(actor, workflowItem)) return null;
  const row = await db.item.findUnique({ where: { id: itemId }, select: publicItemSelect });
  if (!row) return null;
  return {
    item: toPublicItem(row, row.publishedAt ?? access.scheduledAt ?? now),
    status: access.status,
    scheduledAt: access.scheduledAt,
  };
}
