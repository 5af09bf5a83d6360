import "server-only";
import { addYears } from "date-fns";
import type { Actor } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/content/dates";
import { db } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import type { ItemStatus } from "@/lib/generated/prisma/enums";
import { dispatchNotificationMails } from "@/lib/server/notifications/send-notification-mails";
import { applyRoyaltyOnMove } from "@/lib/server/royalties/sync-grade-on-move";
import type { RoyaltyGradeInput } from "@/lib/validations/royalty-grade";
import { assertReady, READY_CHECK_PURPOSES, type ReadyCheckPurpose } from "@/lib/workflow/check-ready";
import { canViewItem } from "@/lib/workflow/edit-rules";
import { lockWorkflowItem, type LockedItem } from "@/lib/server/workflow/lock-workflow-item";
import { NOTE_REQUIRED_MESSAGE, SCHEDULE_MESSAGES, staleMoveMessage } from "@/lib/workflow/move-labels";
import { recordMove } from "@/lib/server/workflow/record-move";
import { assertMove, type MoveRule, type WorkflowMove } from "@/lib/workflow/transitions";
import { ITEM_MESSAGES } from "@/lib/items/messages";

export type MoveActor = Actor & { name: string };

export type MoveItemInput = {
  actor: MoveActor;
  itemId: number;
  move: WorkflowMove;
  note?: string | null;
  /** For "schedule": when the item goes public. */
  scheduledAt?: Date | null;
  ip?: string | null;
  now?: Date;
  /** For "publish"/"schedule": the board's royalty grade, written in the move's transaction. */
  grade?: RoyaltyGradeInput | null;
};

export type MovedItem = {
  itemId: number;
  slug: string;
  move: WorkflowMove;
  from: ItemStatus;
  to: ItemStatus;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  /** Whether the public site changed (the caller then expires its caches). */
  isPublicChange: boolean;
  /** The royalty graded with the move, if any. */
  royaltyTotalVnd: number | null;
};

/** Moves that change what readers see. */
export const changesPublicSite = (from: ItemStatus, to: ItemStatus) => from === "PUBLISHED" || to === "PUBLISHED";

const isReadyCheckMove = (move: WorkflowMove): move is WorkflowMove & ReadyCheckPurpose => move in READY_CHECK_PURPOSES;

/** The table's guard, with a refusal that names the status the item is really in. */
function guard(actor: MoveActor, item: LockedItem, move: WorkflowMove): MoveRule {
  if (!canViewItem(actor, item)) throw new AppError("NOT_FOUND", ITEM_MESSAGES.notFound);
  try {
    return assertMove(actor, item, move);
  } catch (error) {
    if (!isAppError(error, "INVALID_TRANSITION")) throw error;
    // Most often somebody else moved the item a moment ago.
    throw new AppError(
      "INVALID_TRANSITION",
      staleMoveMessage(item.status, move),
      { status: item.status },
    );
  }
}

function checkScheduledAt(scheduledAt: Date | null | undefined, now: Date): Date {
  if (!scheduledAt || Number.isNaN(scheduledAt.getTime())) throw new AppError("VALIDATION", SCHEDULE_MESSAGES.missing);
  if (scheduledAt <= now) throw new AppError("VALIDATION", SCHEDULE_MESSAGES.notFuture);
  if (scheduledAt > addYears(now, 1)) throw new AppError("VALIDATION", SCHEDULE_MESSAGES.tooFar);
  return scheduledAt;
}

/**
 * One move of the editorial workflow (lib/workflow/transitions.ts), by a
 * person. Under the item's row lock, in one transaction: the guard, the note
 * and readiness checks, the new status, the event, the audit row and the
 * notifications. E-mails go out after commit. The scheduler's own move is
 * publishDueItems.
 *
 * Publication dates: the first publication sets publishedAt to now; a
 * republication keeps the original date (the item returns to the place it had
 * in the lists, and its URL's history stays true).
 */
export async function moveItem(input: MoveItemInput): Promise<MovedItem> {
  const { actor, itemId, move } = input;
  const now = input.now ?? new Date();
  const note = input.note?.trim() || null;

  const { moved, mails } = await db.$transaction(
    async (tx) => {
      const item = await lockWorkflowItem(tx, itemId);
      const rule = guard(actor, item, move);
      if (rule.isNoteRequired && !note) throw new AppError("VALIDATION", NOTE_REQUIRED_MESSAGE);
      if (isReadyCheckMove(move)) assertReady(item, move);
      const scheduledAt = rule.to === "SCHEDULED" ? checkScheduledAt(input.scheduledAt, now) : null;
      const publishedAt = rule.to === "PUBLISHED" ? (item.publishedAt ?? now) : item.publishedAt;
      const eventNote = scheduledAt ? [SCHEDULE_MESSAGES.eventNote(formatDateTime(scheduledAt)), note].filter(Boolean).join(" ") : note;

      const mails = await recordMove(tx, {
        item,
        move,
        to: rule.to,
        actor,
        note,
        eventNote,
        now,
        publishedAt,
        scheduledAt,
        audit: { actorId: actor.id, ip: input.ip ?? null },
      });
      // Royalties follow the move (lib/server/royalties/sync-grade-on-move.ts); a refused grade undoes the move.
      const graded = await applyRoyaltyOnMove(tx, { actor, ip: input.ip ?? null, itemId, move, from: item.status, to: rule.to, publishedAt, scheduledAt, grade: input.grade });
      const moved: MovedItem = {
        itemId,
        slug: item.slug,
        move,
        from: item.status,
        to: rule.to,
        publishedAt,
        scheduledAt,
        isPublicChange: changesPublicSite(item.status, rule.to),
        royaltyTotalVnd: graded?.totalVnd ?? null,
      };
      return { moved, mails };
    },
    { timeout: 20_000 },
  );
  dispatchNotificationMails(mails);
  return moved;
}

