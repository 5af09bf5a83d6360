import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ItemStatus } from "@/lib/generated/prisma/enums";
import type { Mail } from "@/lib/server/mail/send-mail";
import { notifyOnMove } from "@/lib/server/notifications/notify-on-move";
import type { LockedItem } from "@/lib/server/workflow/lock-workflow-item";
import type { WorkflowMove } from "@/lib/workflow/transitions";

export type MoveRecord = {
  item: LockedItem;
  move: WorkflowMove;
  to: ItemStatus;
  /** Who the event names (for the scheduler: the board member who approved). */
  actor: { id: number; name: string };
  /** The person's note, as the notification quotes it. */
  note: string | null;
  /** The note stored on the event (the note, or a time added to it). */
  eventNote: string | null;
  now: Date;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  /** Who the audit log names: null when the system acted. */
  audit: { actorId: number | null; ip: string | null; details?: Record<string, Prisma.InputJsonValue | null> };
};

/**
 * The writes of one move, in the caller's transaction (which holds the row
 * lock): the new status and its time, the workflow event, the audit row and
 * the notifications. Returns the e-mails to send after commit.
 */
export async function recordMove(tx: Prisma.TransactionClient, record: MoveRecord): Promise<Mail[]> {
  const { item, move, to, actor, now } = record;
  await tx.item.update({
    where: { id: item.id },
    data: {
      status: to,
      statusChangedAt: now,
      publishedAt: record.publishedAt,
      scheduledAt: record.scheduledAt,
      // updatedAt says when the content was last saved ("Đã lưu lúc"); a move is not a save.
      updatedAt: item.updatedAt,
    },
  });
  await tx.workflowEvent.create({
    data: { itemId: item.id, actorId: actor.id, fromStatus: item.status, toStatus: to, note: record.eventNote, createdAt: now },
  });
  await recordAudit(
    {
      action: `item.${move}`,
      result: "SUCCESS",
      actorId: record.audit.actorId,
      ip: record.audit.ip,
      objectType: "item",
      objectId: item.id,
      details: {
        from: item.status,
        to,
        note: record.note,
        ...(record.scheduledAt && { scheduledAt: record.scheduledAt.toISOString() }),
        ...record.audit.details,
      },
    },
    tx,
  );
  return notifyOnMove(tx, { event: move, item, actor, note: record.note, scheduledAt: record.scheduledAt });
}
