import { isQuotaMet, targetTotal } from "@/lib/quotas/counting-rule";
import type { QuotaChartData, QuotaYearReport } from "@/lib/quotas/quota-types";

// What the dashboard's charts compute from the year report. Pure.

/** Completion by unit: people with a personal target grouped by their own unit, in the report's unit order. */
export function completionByUnit(report: QuotaYearReport): QuotaChartData["completionByUnit"] {
  const byUnit = new Map<number, { unitId: number; name: string; completed: number; withTarget: number }>();
  for (const person of report.people) {
    const { status } = person.evaluation;
    if (status === "NO_TARGET") continue;
    const entry = byUnit.get(person.unitId) ?? { unitId: person.unitId, name: person.unitName, completed: 0, withTarget: 0 };
    entry.withTarget += 1;
    if (isQuotaMet(person.evaluation)) entry.completed += 1;
    byUnit.set(person.unitId, entry);
  }
  return [...byUnit.values()].sort((a, b) => b.completed / b.withTarget - a.completed / a.withTarget || a.name.localeCompare(b.name, "vi"));
}

/**
 * The pace the year's personal targets need: the items all of them ask for
 * (each target's total, max(minAny, minNews + max(minArticles, minInDepth)))
 * spread evenly over twelve months. Co-written items count for each author,
 * so it is the pace of authorships, an upper bound on distinct items.
 */
export function pacePerMonth(report: QuotaYearReport): number {
  const needed = report.people.reduce((sum, person) => sum + (person.evaluation.status === "NO_TARGET" ? 0 : targetTotal(person.evaluation.target)), 0);
  return needed / 12;
}
