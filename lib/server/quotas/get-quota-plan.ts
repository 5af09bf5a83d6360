import "server-only";
import { db } from "@/lib/db";
import type { Position, UnitKind } from "@/lib/generated/prisma/enums";
import type { QuotaPlanView } from "@/lib/quotas/quota-types";
import { UNIT_KINDS } from "@/lib/units/labels";
import { POSITIONS } from "@/lib/users/labels";

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const rank = <T,>(list: readonly T[], value: T | null) => (value === null ? 99 : list.indexOf(value));

/** A year's plan with its rules (person rules by position order, unit rules by unit kind then period), or null. */
export async function getQuotaPlan(year: number): Promise<QuotaPlanView | null> {
  const plan = await db.quotaPlan.findUnique({ where: { year }, include: { rules: true } });
  if (!plan) return null;
  const minimums = (rule: (typeof plan.rules)[number]) => ({
    id: rule.id,
    note: rule.note,
    minNews: rule.minNews,
    minArticles: rule.minArticles,
    minInDepth: rule.minInDepth,
    minAny: rule.minAny,
  });
  const personRules = plan.rules
    .filter((rule) => rule.subject === "PERSON" && rule.position !== null)
    .sort((a, b) => rank<Position>(POSITIONS, a.position) - rank<Position>(POSITIONS, b.position) || a.id - b.id)
    .map((rule) => ({ ...minimums(rule), position: rule.position! }));
  const unitRules = plan.rules
    .filter((rule) => rule.subject === "UNIT" && rule.unitKind !== null)
    .sort(
      (a, b) =>
        rank<UnitKind>(UNIT_KINDS, a.unitKind) - rank<UnitKind>(UNIT_KINDS, b.unitKind) ||
        (a.period === b.period ? 0 : a.period === "YEAR" ? -1 : 1) ||
        a.id - b.id,
    )
    .map((rule) => ({ ...minimums(rule), unitKind: rule.unitKind!, period: rule.period }));
  return {
    id: plan.id,
    year: plan.year,
    name: plan.name,
    reference: plan.reference,
    issuedOn: isoDate(plan.issuedOn),
    referenceDate: isoDate(plan.referenceDate),
    isArticleForNewsAllowed: plan.isArticleForNewsAllowed,
    personRules,
    unitRules,
  };
}
