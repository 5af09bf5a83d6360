import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ruleLabel } from "@/lib/quotas/plan-changes";
import { toStoredRule } from "@/lib/server/quotas/save-quota-plan";

// Removing one rule from a year's plan (after the administrator confirmed).
// The plan's updatedAt moves on, so an editor still showing the rule cannot
// bring it back by saving an older copy: that save is refused as a conflict.

export async function deleteQuotaRule({ actorId, ip = null, year, ruleId }: { actorId: number; ip?: string | null; year: number; ruleId: number }) {
  return db.$transaction(async (tx) => {
    const row = await tx.quotaRule.findFirst({ where: { id: ruleId, plan: { year } } });
    const rule = row ? toStoredRule(row) : null;
    if (!row || !rule) throw new AppError("NOT_FOUND", "Quy định này không còn trong kế hoạch (có thể đã được bỏ). Tải lại trang để xem bản mới.");
    await tx.quotaRule.delete({ where: { id: row.id } });
    await tx.quotaPlan.update({ where: { id: row.planId }, data: { updatedAt: new Date() } });
    await recordAudit(
      {
        action: "quota-plans.remove-rule",
        result: "SUCCESS",
        actorId,
        ip,
        objectType: "quota-plan",
        objectId: row.planId,
        details: { year, rule: ruleLabel(rule), removed: { ...rule, id: undefined } },
      },
      tx,
    );
    return { label: ruleLabel(rule) };
  });
}
