import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertMayGrade, gradeData, gradeSnapshot, resolveGrade, writeShares } from "@/lib/server/royalties/grade-rules";
import { assertRoyaltyMonthOpen } from "@/lib/server/royalties/royalty-month-lock";
import { royaltyPeriodOf } from "@/lib/royalties/royalty-period";
import { ROYALTY_MESSAGES } from "@/lib/royalties/royalty-labels";
import { lockWorkflowItem } from "@/lib/server/workflow/lock-workflow-item";
import type { RoyaltyGradeInput } from "@/lib/validations/royalty-grade";

// The board grades a published item (or one scheduled for publication): the
// genre × grade cell of its year's table, a coefficient within the cell's
// range, a bonus within its range; the amount at the schedule's unit value of
// today, split among the item's authors. One grade per item; later changes
// are corrections (regrade-item.ts). The month is the Vietnam month of
// publication (of the scheduled time for a scheduled item: the scheduler
// publishes it dated that time, so the month stays right; see
// sync-grade-on-move.ts for the other ways out of SCHEDULED).

export type GradedItem = { gradeId: number; itemId: number; period: string; totalVnd: number };

export type GradeItemArgs = {
  actor: Actor;
  ip?: string | null;
  itemId: number;
  input: RoyaltyGradeInput;
  /** The caller's transaction (publishing and grading at once); otherwise one of its own. */
  tx?: Prisma.TransactionClient;
};

async function grade(tx: Prisma.TransactionClient, { actor, ip = null, itemId, input }: Omit<GradeItemArgs, "tx">): Promise<GradedItem> {
  const item = await lockWorkflowItem(tx, itemId);
  assertMayGrade(actor, item);
  const at = item.status === "PUBLISHED" ? item.publishedAt : item.status === "SCHEDULED" ? item.scheduledAt : null;
  if (!at) throw new AppError("INVALID_TRANSITION", ROYALTY_MESSAGES.notGradable);
  const existing = await tx.royaltyGrade.findUnique({ where: { itemId }, select: { id: true } });
  if (existing) throw new AppError("CONFLICT", ROYALTY_MESSAGES.alreadyGraded);
  const period = royaltyPeriodOf(at);
  await assertRoyaltyMonthOpen(tx, period);
  const resolved = await resolveGrade(tx, { period, authorIds: item.authorIds, input });
  const created = await tx.royaltyGrade.create({ data: { itemId, gradedById: actor.id, ...gradeData(resolved) }, select: { id: true } });
  await writeShares(tx, { gradeId: created.id, itemId, grade: resolved });
  await recordAudit(
    { action: "royalty.grade", result: "SUCCESS", actorId: actor.id, ip, objectType: "item", objectId: itemId, details: gradeSnapshot(resolved) },
    tx,
  );
  return { gradeId: created.id, itemId, period, totalVnd: resolved.totalVnd };
}

export async function gradeItem({ tx, ...args }: GradeItemArgs): Promise<GradedItem> {
  if (tx) return grade(tx, args);
  return db.$transaction((own) => grade(own, args), { timeout: 20_000 });
}
