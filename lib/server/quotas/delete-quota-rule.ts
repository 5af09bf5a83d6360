import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ruleLabel } from "@/lib/quotas/plan-changes";
import { toStoredRule } from "@/lib/server/quotas/save-quota-plan";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";
import { QUOTA_PLAN_MESSAGES } from "@/lib/quotas/plan-messages";

// Removing one rule from a year's plan (after the administrator confirmed).
// The plan's updatedAt moves on, so an editor still showing the rule cannot
// bring it back by saving an older copy: that save is refused as a conflict.

export async function deleteQuotaRule({ actor, ip = null, year, ruleId }: { actor: Actor; ip?: string | null; year: number; ruleId: number }) {
  await authorize(actor, "quota-rules.manage", { ip });
  return db.$transaction(async (tx) => {
    const row = await tx.quotaRule.findFirst({ where: { id: ruleId, plan: { year } } });
    const rule = row ? toStoredRule(row) : null;
    if (!row || !rule) throw new AppError("NOT_FOUND", QUOTA_PLAN_MESSAGES.ruleGone);
    await tx.quotaRule.delete({ where: { id: row.id } });
    await tx.quotaPlan.update({ where: { id: row.planId }, data: { updatedAt: new Date() } });
    await recordAudit(
      {
        action: "quota-plans.remove-rule",
        result: "SUCCESS",
        actorId: actor.id,
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
