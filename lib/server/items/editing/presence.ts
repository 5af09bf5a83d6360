import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { PresenceEditor } from "@/lib/items/editor-types";
import { canViewItem, editMode } from "@/lib/workflow/edit-rules";
import { ITEM_MESSAGES } from "@/lib/items/messages";

// "X đang sửa": the editor sends a heartbeat every few seconds while open.
// Someone not heard from within the window has closed it (or lost the
// connection); rows long past it are pruned by the next heartbeat.

export const PRESENCE_WINDOW_MS = 30_000;
const PRESENCE_PRUNE_MS = 10 * 60_000;

/**
 * Marks the actor as having the item's editor open, if they may change it
 * (someone only reading it is not "đang sửa"); returns the others who have it
 * open now.
 */
export async function touchPresence({
  actor,
  itemId,
  now = new Date(),
}: {
  actor: Actor;
  itemId: number;
  now?: Date;
}): Promise<PresenceEditor[]> {
  const item = await db.item.findUnique({
    where: { id: itemId },
    select: { status: true, createdById: true, authors: { select: { userId: true } } },
  });
  const workflowItem = item && { ...item, authorIds: item.authors.map((a) => a.userId) };
  if (!workflowItem || !canViewItem(actor, workflowItem)) throw new AppError("NOT_FOUND", ITEM_MESSAGES.notFound);
  if (editMode(actor, workflowItem) !== "none") {
    await db.itemPresence.upsert({
      where: { itemId_userId: { itemId, userId: actor.id } },
      create: { itemId, userId: actor.id, lastSeenAt: now },
      update: { lastSeenAt: now },
    });
  }
  await db.itemPresence.deleteMany({ where: { lastSeenAt: { lt: new Date(now.getTime() - PRESENCE_PRUNE_MS) } } });
  return listPresence({ itemId, excludeUserId: actor.id, now });
}

/** Who has had the item open within the window, except `excludeUserId`. */
export async function listPresence({
  itemId,
  excludeUserId,
  now = new Date(),
}: {
  itemId: number;
  excludeUserId?: number;
  now?: Date;
}): Promise<PresenceEditor[]> {
  const rows = await db.itemPresence.findMany({
    where: {
      itemId,
      lastSeenAt: { gte: new Date(now.getTime() - PRESENCE_WINDOW_MS) },
      ...(excludeUserId !== undefined && { userId: { not: excludeUserId } }),
    },
    select: { userId: true, user: { select: { name: true } } },
    orderBy: { lastSeenAt: "asc" },
  });
  return rows.map((row) => ({ userId: row.userId, name: row.user.name }));
}

/** The actor closed the editor. */
export async function leavePresence({ actor, itemId }: { actor: Actor; itemId: number }): Promise<void> {
  await db.itemPresence.deleteMany({ where: { itemId, userId: actor.id } });
}
