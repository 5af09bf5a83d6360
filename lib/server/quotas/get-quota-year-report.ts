import "server-only";
import { cachedByDay } from "@/lib/server/cached-by-day";
import { buildQuotaReport } from "@/lib/quotas/build-quota-report";
import { getQuotaPlan } from "@/lib/server/quotas/get-quota-plan";
import { countItemsOfYear, loadHeldPositions, loadPeopleCounts, loadUnitCounts, loadUnitNodes } from "@/lib/server/quotas/load-quota-counts";
import type { QuotaYearReport } from "@/lib/quotas/quota-types";
import { effectiveReferenceDate, isRunningOrFutureYear } from "@/lib/quotas/reference-date";

const NO_COUNTS = { news: 0, articles: 0, inDepth: 0 };

/**
 * The year's quota report as of `now`: every person holding a position on the
 * plan's effective reference date (active people only while the year runs)
 * and every unit whose kind has a yearly rule, with targets, counts and
 * statuses. A year without a plan: plan null, every status NO_TARGET.
 * Served from the data cache while nothing it counts changes
 * (lib/server/cached-by-day.ts).
 */
export function getQuotaYearReport(year: number, now: Date = new Date()): Promise<QuotaYearReport> {
  return cachedReport(now, year);
}

const cachedReport = cachedByDay("quota-year-report", async (now: Date, year: number) => computeQuotaYearReport(year, now));

async function computeQuotaYearReport(year: number, now: Date): Promise<QuotaYearReport> {
  const plan = await getQuotaPlan(year);
  const referenceDate = effectiveReferenceDate(plan, year, now);
  const includeInactive = !isRunningOrFutureYear(year, now);
  const unitKinds = (plan?.unitRules ?? []).filter((rule) => rule.period === "YEAR").map((rule) => rule.unitKind);
  const [held, peopleCounts, unitCounts, itemsCounted, units] = await Promise.all([
    loadHeldPositions({ referenceDate, includeInactive }),
    loadPeopleCounts(year),
    loadUnitCounts(year, unitKinds),
    countItemsOfYear(year),
    loadUnitNodes(),
  ]);
  const people = held.map((person) => ({ ...person, counts: peopleCounts.get(person.userId) ?? NO_COUNTS }));
  return buildQuotaReport({ year, plan, referenceDate, people, unitCounts, units, itemsCounted, includeInactive, now });
}
