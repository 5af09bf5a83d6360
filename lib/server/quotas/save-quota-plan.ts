import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { formatDateTime } from "@/lib/content/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { QuotaRule } from "@/lib/generated/prisma/client";
import { diffQuotaPlan, hasChanges, planChangesDetails, type PlanChanges, type PlanFields, type PlanRule, type StoredRule } from "@/lib/quotas/plan-changes";
import type { QuotaPlanSaveInput } from "@/lib/validations/quota-plan";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";
import { QUOTA_PLAN_MESSAGES } from "@/lib/quotas/plan-messages";

// Saving a year's quota plan: its fields and its whole rule set, in one
// transaction with an audit row saying what changed. The editor sends the
// updatedAt it read; if the plan changed since, nothing is written and the
// administrator is told (two administrators never overwrite each other
// silently). Rules absent from the input are removed.

const dateOnly = (value: string | null) => (value ? new Date(`${value}T00:00:00Z`) : null);
const isoDate = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);


export function toStoredRule(row: QuotaRule): StoredRule | null {
  const minimums = { minInDepth: row.minInDepth, minArticles: row.minArticles, minNews: row.minNews, minAny: row.minAny, note: row.note };
  if (row.subject === "PERSON" && row.position) return { id: row.id, subject: "PERSON", position: row.position, ...minimums };
  if (row.subject === "UNIT" && row.unitKind) return { id: row.id, subject: "UNIT", unitKind: row.unitKind, period: row.period, ...minimums };
  return null;
}

export function ruleData(rule: PlanRule) {
  return {
    subject: rule.subject,
    position: rule.subject === "PERSON" ? rule.position : null,
    unitKind: rule.subject === "UNIT" ? rule.unitKind : null,
    period: rule.subject === "UNIT" ? rule.period : ("YEAR" as const),
    minInDepth: rule.minInDepth,
    minArticles: rule.minArticles,
    minNews: rule.minNews,
    minAny: rule.minAny,
    note: rule.note,
  };
}

export type SaveQuotaPlanResult = { year: number; updatedAt: string; changes: PlanChanges; isChanged: boolean };

export async function saveQuotaPlan({ actor, ip = null, input }: { actor: Actor; ip?: string | null; input: QuotaPlanSaveInput }): Promise<SaveQuotaPlanResult> {
  await authorize(actor, "quota-rules.manage", { ip });
  return db.$transaction(async (tx) => {
    const plan = await tx.quotaPlan.findUnique({ where: { year: input.year }, include: { rules: true } });
    if (!plan) throw new AppError("NOT_FOUND", QUOTA_PLAN_MESSAGES.planMissing(input.year));
    const conflict = () =>
      new AppError("CONFLICT", QUOTA_PLAN_MESSAGES.editedMeanwhile(input.year, formatDateTime(plan.updatedAt)));
    if (plan.updatedAt.toISOString() !== input.updatedAt) throw conflict();

    const before = {
      fields: {
        name: plan.name,
        reference: plan.reference,
        issuedOn: isoDate(plan.issuedOn),
        referenceDate: isoDate(plan.referenceDate),
        isArticleForNewsAllowed: plan.isArticleForNewsAllowed,
      } satisfies PlanFields,
      rules: plan.rules.map(toStoredRule).filter((rule): rule is StoredRule => rule !== null),
    };
    const after = {
      fields: {
        name: input.name,
        reference: input.reference,
        issuedOn: input.issuedOn,
        referenceDate: input.referenceDate,
        isArticleForNewsAllowed: input.isArticleForNewsAllowed,
      } satisfies PlanFields,
      rules: [
        ...input.personRules.map((rule): PlanRule => ({ subject: "PERSON", ...rule })),
        ...input.unitRules.map((rule): PlanRule => ({ subject: "UNIT", ...rule })),
      ],
    };
    const changes = diffQuotaPlan(before, after);
    if (!hasChanges(changes)) return { year: plan.year, updatedAt: plan.updatedAt.toISOString(), changes, isChanged: false };

    // The guard on updatedAt makes a save that raced past the check above wait
    // for the other one's commit, then find nothing to update.
    const updatedAt = new Date(Math.max(Date.now(), plan.updatedAt.getTime() + 1));
    const { count } = await tx.quotaPlan.updateMany({
      where: { id: plan.id, updatedAt: plan.updatedAt },
      data: {
        name: after.fields.name,
        reference: after.fields.reference,
        issuedOn: dateOnly(after.fields.issuedOn),
        referenceDate: dateOnly(after.fields.referenceDate),
        isArticleForNewsAllowed: after.fields.isArticleForNewsAllowed,
        updatedAt,
      },
    });
    if (count === 0) throw conflict();
    if (changes.removed.length > 0) await tx.quotaRule.deleteMany({ where: { id: { in: changes.removed.map((rule) => rule.id) } } });
    for (const { id, after: rule } of changes.changed) await tx.quotaRule.update({ where: { id }, data: ruleData(rule) });
    if (changes.added.length > 0) await tx.quotaRule.createMany({ data: changes.added.map((rule) => ({ planId: plan.id, ...ruleData(rule) })) });
    await recordAudit(
      { action: "quota-plans.save", result: "SUCCESS", actorId: actor.id, ip, objectType: "quota-plan", objectId: plan.id, details: planChangesDetails(plan.year, changes) },
      tx,
    );
    return { year: plan.year, updatedAt: updatedAt.toISOString(), changes, isChanged: true };
  });
}
