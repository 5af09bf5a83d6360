import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertMayGrade, gradeData, gradeSnapshot, readGradeSnapshot, resolveGrade, writeShares } from "@/lib/server/royalties/grade-rules";
import { ROYALTY_MESSAGES } from "@/lib/royalties/royalty-labels";
import { assertRoyaltyMonthOpen } from "@/lib/server/royalties/royalty-month-lock";
import { lockWorkflowItem } from "@/lib/server/workflow/lock-workflow-item";
import type { RoyaltyGradeInput } from "@/lib/validations/royalty-grade";

// A correction of a grade (genre, grade, coefficient, bonus, note or the
// authors' shares), with a required reason: the before and after go to a
// RoyaltyGradeChange row and the audit log, in one transaction with the new
// amounts. The amount is recomputed at the year's current unit value. The
// month stays the month of publication, and must be open (not locked).
// A grade is never removed: corrections only.

export type RegradedItem = { gradeId: number; itemId: number; period: string; totalVnd: number; changeId: number };

export async function regradeItem({
  actor,
  ip = null,
  itemId,
  reason,
  input,
}: {
  actor: Actor;
  ip?: string | null;
  itemId: number;
  reason: string;
  input: RoyaltyGradeInput;
}): Promise<RegradedItem> {
  const why = reason.trim();
  if (why.length < 5) throw new AppError("VALIDATION", ROYALTY_MESSAGES.reasonRequired);
  return db.$transaction(
    async (tx) => {
      const item = await lockWorkflowItem(tx, itemId);
      assertMayGrade(actor, item);
      const stored = await readGradeSnapshot(tx, itemId);
      if (!stored) throw new AppError("NOT_FOUND", ROYALTY_MESSAGES.notGraded);
      const { period } = stored.snapshot;
      await assertRoyaltyMonthOpen(tx, period);
      const resolved = await resolveGrade(tx, { period, authorIds: item.authorIds, input });
      const after = gradeSnapshot(resolved);
      if (JSON.stringify(after) === JSON.stringify(stored.snapshot)) throw new AppError("VALIDATION", ROYALTY_MESSAGES.nothingChanged);
      await tx.royaltyGrade.update({ where: { id: stored.id }, data: gradeData(resolved) });
      await writeShares(tx, { gradeId: stored.id, itemId, grade: resolved });
      const change = await tx.royaltyGradeChange.create({
        data: { gradeId: stored.id, changedById: actor.id, reason: why, before: stored.snapshot, after },
        select: { id: true },
      });
      await recordAudit(
        {
          action: "royalty.regrade",
          result: "SUCCESS",
          actorId: actor.id,
          ip,
          objectType: "item",
          objectId: itemId,
          details: { reason: why, before: stored.snapshot, after },
        },
        tx,
      );
      return { gradeId: stored.id, itemId, period, totalVnd: resolved.totalVnd, changeId: change.id };
    },
    { timeout: 20_000 },
  );
}
