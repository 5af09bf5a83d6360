import "server-only";
import { db } from "@/lib/db";
import { getQuotaPlan } from "@/lib/server/quotas/get-quota-plan";
import type { QuotaPlanView } from "@/lib/quotas/quota-types";

// The administrator's view of quota plans: every year with one, newest
// first, and one year's plan for the editor with the version it was read at.

export type QuotaPlanListRow = {
  year: number;
  name: string;
  reference: string | null;
  /** yyyy-mm-dd */
  issuedOn: string | null;
  personRuleCount: number;
  unitRuleCount: number;
  updatedAt: string;
};

export async function listQuotaPlans(): Promise<QuotaPlanListRow[]> {
  const plans = await db.quotaPlan.findMany({
    orderBy: { year: "desc" },
    select: { year: true, name: true, reference: true, issuedOn: true, updatedAt: true, rules: { select: { subject: true } } },
  });
  return plans.map((plan) => ({
    year: plan.year,
    name: plan.name,
    reference: plan.reference,
    issuedOn: plan.issuedOn ? plan.issuedOn.toISOString().slice(0, 10) : null,
    personRuleCount: plan.rules.filter((rule) => rule.subject === "PERSON").length,
    unitRuleCount: plan.rules.filter((rule) => rule.subject === "UNIT").length,
    updatedAt: plan.updatedAt.toISOString(),
  }));
}

export type QuotaPlanEditor = { plan: QuotaPlanView; updatedAt: string; previousYear: number | null };

/**
 * One year's plan for editing. The version is read before the plan: a save
 * landing in between makes the editor's save a conflict, never a silent
 * overwrite of rules it did not show.
 */
export async function getQuotaPlanEditor(year: number): Promise<QuotaPlanEditor | null> {
  const version = await db.quotaPlan.findUnique({ where: { year }, select: { updatedAt: true } });
  if (!version) return null;
  const [plan, previous] = await Promise.all([
    getQuotaPlan(year),
    db.quotaPlan.findFirst({ where: { year: { lt: year } }, orderBy: { year: "desc" }, select: { year: true } }),
  ]);
  if (!plan) return null;
  return { plan, updatedAt: version.updatedAt.toISOString(), previousYear: previous?.year ?? null };
}

/** The latest year before `year` with a plan (the one a new plan copies), or null. */
export async function previousPlanYear(year: number): Promise<number | null> {
  const previous = await db.quotaPlan.findFirst({ where: { year: { lt: year } }, orderBy: { year: "desc" }, select: { year: true } });
  return previous?.year ?? null;
}
