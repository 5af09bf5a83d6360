import "server-only";
import { buildQuotaReport } from "@/lib/quotas/build-quota-report";
import { getQuotaPlan } from "@/lib/quotas/get-quota-plan";
import { countItemsOfYear, loadPeopleCounts, loadUnitCounts, loadUnitNodes } from "@/lib/quotas/load-quota-counts";
import type { QuotaYearReport } from "@/lib/quotas/quota-types";
import { effectiveReferenceDate, isRunningOrFutureYear } from "@/lib/quotas/reference-date";

/**
 * The year's quota report as of `now`: every person holding a position on the
 * plan's effective reference date (active people only while the year runs)
 * and every unit whose kind has a yearly rule, with targets, counts and
 * statuses. A year without a plan: plan null, every status NO_TARGET.
 */
export async function getQuotaYearReport(year: number, now: Date = new Date()): Promise<QuotaYearReport> {
  const plan = await getQuotaPlan(year);
  const referenceDate = effectiveReferenceDate(plan, year, now);
  const includeInactive = !isRunningOrFutureYear(year, now);
  const yearUnitKinds = [...new Set((plan?.unitRules ?? []).filter((rule) => rule.period === "YEAR").map((rule) => rule.unitKind))];
  const [people, unitCounts, units, itemsCounted] = await Promise.all([
    loadPeopleCounts({ year, referenceDate, includeInactive }),
    loadUnitCounts(year, yearUnitKinds),
    loadUnitNodes(),
    countItemsOfYear(year),
  ]);
  return buildQuotaReport({ year, plan, referenceDate, people, unitCounts, units, itemsCounted, includeInactive, now });
}
