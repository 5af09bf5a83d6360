import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { dispatchNotificationMails } from "@/lib/server/notifications/send-notification-mails";
import { notifyOnMove } from "@/lib/server/notifications/notify-on-move";
import { canViewItem, canWriteNote } from "@/lib/workflow/edit-rules";
import { ITEM_MESSAGES } from "@/lib/items/messages";

/**
 * An editorial note (góp ý) from the secretary or the board, shown to the
 * author beside the item; the authors are notified.
 */
export async function addEditorialNote({
  actor,
  itemId,
  body,
  ip = null,
  now = new Date(),
}: {
  actor: Actor & { name: string };
  itemId: number;
  body: string;
  ip?: string | null;
  now?: Date;
}): Promise<{ id: number; createdAt: Date }> {
  const text = body.trim();
  if (!text) throw new AppError("VALIDATION", ITEM_MESSAGES.noteRequired);
  const { note, mails } = await db.$transaction(async (tx) => {
    const row = await tx.item.findUnique({
      where: { id: itemId },
      select: { id: true, title: true, status: true, createdById: true, authors: { select: { userId: true } } },
    });
    if (!row) throw new AppError("NOT_FOUND", ITEM_MESSAGES.notFound);
    const item = { ...row, authorIds: row.authors.map((a) => a.userId) };
    if (!canViewItem(actor, item)) throw new AppError("NOT_FOUND", ITEM_MESSAGES.notFound);
    if (!canWriteNote(actor, item)) throw new AppError("FORBIDDEN", ITEM_MESSAGES.cannotNote);
    const note = await tx.editorialNote.create({
      data: { itemId, authorId: actor.id, body: text, createdAt: now },
      select: { id: true, createdAt: true },
    });
    await recordAudit(
      { action: "item.note", result: "SUCCESS", actorId: actor.id, ip, objectType: "item", objectId: itemId, details: { noteId: note.id } },
      tx,
    );
    const mails = await notifyOnMove(tx, { event: "note", item, actor, note: text });
    return { note, mails };
  });
  dispatchNotificationMails(mails);
  return note;
}
