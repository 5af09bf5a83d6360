import "server-only";
import { db } from "@/lib/db";
import { targetTotal } from "@/lib/quotas/counting-rule";
import { getQuotaYearReport } from "@/lib/quotas/get-quota-year-report";
import { loadItemsByMonth } from "@/lib/quotas/load-quota-counts";
import { countedInYearSql } from "@/lib/quotas/quota-sql";
import type { QuotaChartData, QuotaYearReport } from "@/lib/quotas/quota-types";
import { monthsSoFar } from "@/lib/quotas/quota-year";

/** Completion by unit: people with a personal target grouped by their own unit, in the report's unit order. */
export function completionByUnit(report: QuotaYearReport): QuotaChartData["completionByUnit"] {
  const byUnit = new Map<number, { unitId: number; name: string; completed: number; withTarget: number }>();
  for (const person of report.people) {
    const { status } = person.evaluation;
    if (status === "NO_TARGET") continue;
    const entry = byUnit.get(person.unitId) ?? { unitId: person.unitId, name: person.unitName, completed: 0, withTarget: 0 };
    entry.withTarget += 1;
    if (status === "COMPLETED" || status === "EXCEEDED") entry.completed += 1;
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

/** What the dashboard's charts draw. Pass the year's report when the page already has it. */
export async function getQuotaCharts(year: number, now: Date = new Date(), report?: QuotaYearReport): Promise<QuotaChartData> {
  const months = monthsSoFar(year, now);
  const [yearReport, byMonth, sectionRows] = await Promise.all([
    report ?? getQuotaYearReport(year, now),
    loadItemsByMonth(year),
    db.$queryRaw<{ section_id: number; name: string; count: bigint }[]>`
      SELECT s.id AS section_id, s.name, count(*) AS count
        FROM items i
        JOIN item_sections x ON x.item_id = i.id AND x.is_primary
        JOIN sections s ON s.id = x.section_id
       WHERE ${countedInYearSql(year, "i")}
         AND EXISTS (SELECT 1 FROM item_authors a WHERE a.item_id = i.id)
       GROUP BY s.id, s.name, s.sort_order
       ORDER BY count(*) DESC, s.sort_order, s.id`,
  ]);
  return {
    year,
    completionByUnit: completionByUnit(yearReport),
    itemsPerMonth: months.map((month) => ({ month, ...(byMonth.get(month) ?? { news: 0, articles: 0, inDepth: 0 }) })),
    pacePerMonth: pacePerMonth(yearReport),
    itemsPerSection: sectionRows.map((row) => ({ sectionId: row.section_id, name: row.name, count: Number(row.count) })),
  };
}
