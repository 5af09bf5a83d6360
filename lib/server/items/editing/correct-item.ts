import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SavedItem } from "@/lib/items/editor-types";
import { itemConflictError } from "@/lib/server/items/editing/item-conflict";
import { writeItemContent } from "@/lib/server/items/editing/write-item-content";
import { dispatchNotificationMails } from "@/lib/server/notifications/send-notification-mails";
import { notifyOnMove } from "@/lib/server/notifications/notify-on-move";
import type { ItemCorrectionInput } from "@/lib/validations/item";
import { assertReady } from "@/lib/workflow/check-ready";
import { canViewItem, editMode } from "@/lib/workflow/edit-rules";
import { lockWorkflowItem } from "@/lib/server/workflow/lock-workflow-item";
import { ITEM_MESSAGES } from "@/lib/items/messages";

/**
 * Đính chính: the board changes a published item's text and a dated note
 * says so on the public page. One transaction under the row lock: the
 * content (a new revision, CONFLICT on a stale version as for a save), the
 * correction row, a PUBLISHED → PUBLISHED event with the note, the audit row
 * and the authors' notifications. The caller expires the public caches.
 */
export async function correctItem({
  actor,
  input,
  ip = null,
  now = new Date(),
}: {
  actor: Actor & { name: string };
  input: ItemCorrectionInput;
  ip?: string | null;
  now?: Date;
}): Promise<SavedItem> {
  const { itemId, version, correctionNote, isAutosave: _ignored, ...content } = input;
  void _ignored; // a correction is always a deliberate save
  const note = correctionNote.trim();

  const { saved, mails } = await db.$transaction(
    async (tx) => {
      const item = await lockWorkflowItem(tx, itemId);
      if (!canViewItem(actor, item)) throw new AppError("NOT_FOUND", ITEM_MESSAGES.notFound);
      if (item.status !== "PUBLISHED") throw new AppError("INVALID_TRANSITION", ITEM_MESSAGES.correctOnlyPublished);
      if (editMode(actor, item) !== "correct") throw new AppError("FORBIDDEN", ITEM_MESSAGES.correctOnlyBoard);
      if (item.version !== version) throw await itemConflictError(tx, itemId, actor.id);
      assertReady(
        { kind: content.kind, title: content.title, lead: content.lead, bodyJson: content.bodyJson, sectionCount: content.sectionIds.length },
        "correct",
      );

      const written = await writeItemContent(tx, { item, actorId: actor.id, input: content, isAutosave: false, note: ITEM_MESSAGES.correctionNote(note), now });
      const correction = await tx.itemCorrection.create({
        data: { itemId, actorId: actor.id, note, revisionId: written.revisionId, createdAt: now },
        select: { id: true },
      });
      await tx.workflowEvent.create({
        data: { itemId, actorId: actor.id, fromStatus: "PUBLISHED", toStatus: "PUBLISHED", note, createdAt: now },
      });
      await recordAudit(
        {
          action: "item.correct",
          result: "SUCCESS",
          actorId: actor.id,
          ip,
          objectType: "item",
          objectId: itemId,
          details: { note, correctionId: correction.id, revisionId: written.revisionId, version: written.version },
        },
        tx,
      );
      const mails = await notifyOnMove(tx, { event: "correct", item: { ...item, title: content.title }, actor, note });
      const saved: SavedItem = { itemId, version: written.version, savedAt: written.savedAt.toISOString() };
      return { saved, mails };
    },
    // A long body is validated and rendered while the row is held.
    { timeout: 20_000 },
  );
  dispatchNotificationMails(mails);
  return saved;
}
