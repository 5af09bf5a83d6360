import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Mail } from "@/lib/server/mail/send-mail";
import { dispatchNotificationMails } from "@/lib/server/notifications/send-notification-mails";
import { lockWorkflowItem } from "@/lib/server/workflow/lock-workflow-item";
import { SCHEDULED_PUBLICATION_NOTE } from "@/lib/workflow/move-labels";
import { recordMove } from "@/lib/server/workflow/record-move";

// The scheduler's move: SCHEDULED items whose time has come go public. Safe
// to run from several processes at once and to repeat: each item is
// re-checked under its row lock, so it is published exactly once.

/** At most this many per run; the next run takes the rest. */
const BATCH = 100;

/** The board member the event names: whoever scheduled the item last. */
async function approverOf(tx: Prisma.TransactionClient, itemId: number) {
  const scheduled = await tx.workflowEvent.findFirst({
    where: { itemId, toStatus: "SCHEDULED" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { actor: { select: { id: true, name: true } } },
  });
  if (scheduled) return scheduled.actor;
  // Scheduled outside the app (no event): the last person who moved it.
  const latest = await tx.workflowEvent.findFirst({
    where: { itemId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { actor: { select: { id: true, name: true } } },
  });
  return latest?.actor ?? null;
}

/** Publishes one due item in its own transaction; false when it was no longer due (or not ours to publish). */
async function publishOne(itemId: number, now: Date): Promise<{ isPublished: boolean; mails: Mail[] }> {
  return db.$transaction(
    async (tx) => {
      const item = await lockWorkflowItem(tx, itemId);
      // Another run got here first, or the board moved it meanwhile.
      if (item.status !== "SCHEDULED" || !item.scheduledAt || item.scheduledAt > now) return { isPublished: false, mails: [] };
      const approver = (await approverOf(tx, itemId)) ?? (await tx.user.findUniqueOrThrow({ where: { id: item.createdById }, select: { id: true, name: true } }));
      const mails = await recordMove(tx, {
        item,
        move: "publishScheduled",
        to: "PUBLISHED",
        actor: approver,
        note: null,
        eventNote: SCHEDULED_PUBLICATION_NOTE,
        now,
        // The promised time, even when the site was down then and catches up now.
        publishedAt: item.publishedAt ?? item.scheduledAt,
        scheduledAt: null,
        audit: { actorId: null, ip: null, details: { approvedById: approver.id, scheduledAt: item.scheduledAt.toISOString() } },
      });
      return { isPublished: true, mails };
    },
    { timeout: 20_000 },
  );
}

/**
 * Every SCHEDULED item with scheduledAt <= now becomes PUBLISHED, dated the
 * promised time; returns the ids published by this call. One item failing
 * (logged) does not hold back the others. The caller expires the public
 * caches when the list is not empty.
 */
export async function publishDueItems({ now = new Date() }: { now?: Date } = {}): Promise<number[]> {
  const due = await db.item.findMany({
    where: { status: "SCHEDULED", scheduledAt: { lte: now } },
    orderBy: [{ scheduledAt: "asc" }, { id: "asc" }],
    take: BATCH,
    select: { id: true },
  });
  const published: number[] = [];
  for (const { id } of due) {
    try {
      const { isPublished, mails } = await publishOne(id, now);
      if (!isPublished) continue;
      published.push(id);
      dispatchNotificationMails(mails);
    } catch (error) {
      console.error(`scheduler: publishing item ${id} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return published;
}
