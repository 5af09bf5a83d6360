import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ItemStatus } from "@/lib/generated/prisma/enums";
import { gradeItem, type GradedItem } from "@/lib/server/royalties/grade-item";
import { readGradeSnapshot } from "@/lib/server/royalties/grade-rules";
import { ROYALTY_MESSAGES } from "@/lib/royalties/royalty-labels";
import { assertRoyaltyMonthOpen } from "@/lib/server/royalties/royalty-month-lock";
import { royaltyPeriodLabel, royaltyPeriodOf } from "@/lib/royalties/royalty-period";
import type { RoyaltyGradeInput } from "@/lib/validations/royalty-grade";

// What a workflow move does to the item's royalty, inside the move's
// transaction (lib/server/workflow/move-item.ts calls applyRoyaltyOnMove):
// - publishing or scheduling may carry a grade: it is written with the move,
//   so a refused grade publishes nothing;
// - a grade made when the item was scheduled belongs to the scheduled month.
//   The scheduler publishes the item dated that time, so nothing moves then.
//   Published at once instead ("Duyệt và đăng ngay" on a scheduled item),
//   its grade moves to the month of publication (both months must be open),
//   recorded as a correction. Taken off the schedule without being published
//   (unschedule, send back), the item was never published: the grade is
//   withdrawn, its before kept in the audit log ("royalty.withdraw").

export type RoyaltyMove = {
  actor: Actor;
  ip: string | null;
  itemId: number;
  move: string;
  from: ItemStatus;
  to: ItemStatus;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  grade?: RoyaltyGradeInput | null;
};

async function followMove(tx: Prisma.TransactionClient, move: RoyaltyMove): Promise<void> {
  if (move.from !== "SCHEDULED" || move.to === "SCHEDULED") return;
  const stored = await readGradeSnapshot(tx, move.itemId);
  if (!stored) return;
  const { snapshot } = stored;
  if (move.to === "PUBLISHED" && move.publishedAt) {
    const period = royaltyPeriodOf(move.publishedAt);
    if (period === snapshot.period) return;
    await assertRoyaltyMonthOpen(tx, snapshot.period);
    await assertRoyaltyMonthOpen(tx, period);
    await tx.royaltyGrade.update({ where: { id: stored.id }, data: { period } });
    await tx.royalty.updateMany({ where: { gradeId: stored.id }, data: { period } });
    const reason = ROYALTY_MESSAGES.periodMovedOnPublish(royaltyPeriodLabel(snapshot.period), royaltyPeriodLabel(period));
    const after = { ...snapshot, period };
    await tx.royaltyGradeChange.create({ data: { gradeId: stored.id, changedById: move.actor.id, reason, before: snapshot, after } });
    await recordAudit(
      { action: "royalty.regrade", result: "SUCCESS", actorId: move.actor.id, ip: move.ip, objectType: "item", objectId: move.itemId, details: { reason, before: snapshot, after } },
      tx,
    );
    return;
  }
  await assertRoyaltyMonthOpen(tx, snapshot.period);
  await tx.royaltyGradeChange.deleteMany({ where: { gradeId: stored.id } });
  await tx.royaltyGrade.delete({ where: { id: stored.id } });
  await recordAudit(
    {
      action: "royalty.withdraw",
      result: "SUCCESS",
      actorId: move.actor.id,
      ip: move.ip,
      objectType: "item",
      objectId: move.itemId,
      details: { reason: ROYALTY_MESSAGES.withdrawnOnUnschedule, move: move.move, before: snapshot },
    },
    tx,
  );
}

/** Runs after the move's status change, in its transaction; returns the grade written with it, if any. */
export async function applyRoyaltyOnMove(tx: Prisma.TransactionClient, move: RoyaltyMove): Promise<GradedItem | null> {
  await followMove(tx, move);
  if (!move.grade) return null;
  if (move.to !== "PUBLISHED" && move.to !== "SCHEDULED") throw new AppError("VALIDATION", ROYALTY_MESSAGES.gradeOnlyWhenPublishing);
  return gradeItem({ tx, actor: move.actor, ip: move.ip, itemId: move.itemId, input: move.grade });
}
