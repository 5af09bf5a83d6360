import "server-only";
import { treeOrder } from "@/lib/quotas/build-quota-report";
import { targetTotal } from "@/lib/quotas/counting-rule";
import { getQuotaPlan } from "@/lib/server/quotas/get-quota-plan";
import { loadUnitMonthlyCounts, loadUnitNodes } from "@/lib/server/quotas/load-quota-counts";
import type { MonthlyParticipation } from "@/lib/quotas/quota-types";
import { monthsSoFar } from "@/lib/quotas/quota-year";
import { isRunningOrFutureYear } from "@/lib/quotas/reference-date";

/**
 * The units whose kind the year's plan asks to write every month (the
 * departments and mass organisations of plan 91-KH/ĐUK): distinct items per
 * Vietnam month, counted as the year report counts a unit's items.
 */
export async function getMonthlyParticipation(year: number, now: Date = new Date()): Promise<MonthlyParticipation> {
  const plan = await getQuotaPlan(year);
  const monthRules = new Map((plan?.unitRules ?? []).filter((rule) => rule.period === "MONTH").map((rule) => [rule.unitKind, rule]));
  const months = monthsSoFar(year, now);
  if (monthRules.size === 0) return { year, months, rows: [] };
  const includeInactive = !isRunningOrFutureYear(year, now);
  const [units, counts] = await Promise.all([loadUnitNodes(), loadUnitMonthlyCounts(year, [...monthRules.keys()])]);
  const byUnitMonth = new Map(counts.map((row) => [`${row.unitId}:${row.month}`, row.count]));
  const rows = treeOrder(units)
    .filter((unit) => monthRules.has(unit.kind) && (unit.isActive || includeInactive))
    .map((unit) => ({
      unitId: unit.id,
      name: unit.name,
      kind: unit.kind,
      minPerMonth: targetTotal(monthRules.get(unit.kind)!),
      counts: months.map((month) => byUnitMonth.get(`${unit.id}:${month}`) ?? 0),
    }));
  return { year, months, rows };
}
