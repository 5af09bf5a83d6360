"use server";

import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { CACHE_TAGS } from "@/lib/cache-tags";
import type { ActionResult } from "@/lib/actions/action-result";
import { adminPaths } from "@/lib/admin-paths";
import { createQuotaPlan } from "@/lib/server/quotas/create-quota-plan";
import { deleteQuotaRule } from "@/lib/server/quotas/delete-quota-rule";
import { planChangesSummary } from "@/lib/quotas/plan-changes";
import { saveQuotaPlan } from "@/lib/server/quotas/save-quota-plan";
import { planFormValues, quotaPlanCreateSchema, quotaPlanSaveSchema, quotaRuleDeleteSchema } from "@/lib/validations/quota-plan";
import { QUOTA_PLAN_MESSAGES } from "@/lib/quotas/plan-messages";

// Quota plans: only the administrator (quota-rules.manage) creates and edits
// them. Every page that counts against a plan (the quota dashboard, the
// contributor's progress, the reports) is under /quan-tri and re-reads it.

function refresh() {
  updateTag(CACHE_TAGS.quotas);
  revalidatePath("/quan-tri", "layout");
}

export type SavedQuotaPlan = { updatedAt: string };

const save = authorizedAction("quota-rules.manage", quotaPlanSaveSchema, async (input, { actor, ip }): Promise<ActionResult<SavedQuotaPlan>> => {
  const saved = await saveQuotaPlan({ actor, ip, input });
  if (!saved.isChanged) return { ok: true, message: QUOTA_PLAN_MESSAGES.noChanges, data: { updatedAt: saved.updatedAt } };
  refresh();
  return { ok: true, message: QUOTA_PLAN_MESSAGES.saved(saved.year, planChangesSummary(saved.changes)), data: { updatedAt: saved.updatedAt } };
});

const create = authorizedAction("quota-rules.manage", quotaPlanCreateSchema, async (input, { actor, ip }) => {
  const created = await createQuotaPlan({ actor, ip, year: input.year });
  refresh();
  const from = created.fromYear === null ? "trong" : String(created.fromYear);
  redirect(`${adminPaths.quotaPlan(created.year)}?da-tao=${from}`);
});

const removeRule = authorizedAction("quota-rules.manage", quotaRuleDeleteSchema, async (input, { actor, ip }) => {
  const removed = await deleteQuotaRule({ actor, ip, year: input.year, ruleId: input.ruleId });
  refresh();
  return { ok: true, message: QUOTA_PLAN_MESSAGES.ruleRemoved(removed.label) };
});

/** The plan editor's form: its flat field names ("personRules.0.minNews") become rows first. */
export async function saveQuotaPlanAction(_previous: ActionResult<SavedQuotaPlan>, formData: FormData): Promise<ActionResult<SavedQuotaPlan>> {
  return save(planFormValues(formData));
}

/** Creates a year's plan from the latest earlier one (or blank) and opens it in the editor. */
export async function createQuotaPlanFromPreviousAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return create(formData);
}

export async function deleteQuotaRuleAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return removeRule(formData);
}
