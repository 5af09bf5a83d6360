import "server-only";
import { db } from "@/lib/db";
import { completionByUnit, pacePerMonth } from "@/lib/quotas/quota-charts-maths";
import { getQuotaYearReport } from "@/lib/quotas/get-quota-year-report";
import { loadItemsByMonth } from "@/lib/quotas/load-quota-counts";
import { countedInYearSql } from "@/lib/quotas/quota-sql";
import type { QuotaChartData, QuotaYearReport } from "@/lib/quotas/quota-types";
import { monthsSoFar } from "@/lib/quotas/quota-year";

/**
 * What the dashboard's charts draw: completion by unit and the pace from the
 * year report (pass it, or its promise, when the page loads it anyway), the year's public items
 * per month by kind and per primary section.
 */
export async function getQuotaCharts(year: number, now: Date = new Date(), report?: QuotaYearReport | Promise<QuotaYearReport>): Promise<QuotaChartData> {
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
