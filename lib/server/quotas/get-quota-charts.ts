import "server-only";
import { cachedByDay } from "@/lib/server/cached-by-day";
import { db } from "@/lib/db";
import { completionByUnit, pacePerMonth } from "@/lib/quotas/quota-charts-maths";
import { getQuotaYearReport } from "@/lib/server/quotas/get-quota-year-report";
import { loadItemsByMonth } from "@/lib/server/quotas/load-quota-counts";
import { countedInYearSql } from "@/lib/server/quotas/quota-sql";
import type { QuotaChartData, QuotaYearReport } from "@/lib/quotas/quota-types";
import { monthsSoFar } from "@/lib/quotas/quota-year";

/**
 * What the dashboard's charts draw: completion by unit and the pace from the
 * year report (pass it, or its promise, when the page loads it anyway), the year's public items
 * per month by kind and per primary section.
 */
export async function getQuotaCharts(year: number, now: Date = new Date(), report?: QuotaYearReport | Promise<QuotaYearReport>): Promise<QuotaChartData> {
  const months = monthsSoFar(year, now);
  const [yearReport, counts] = await Promise.all([report ?? getQuotaYearReport(year, now), cachedChartCounts(now, year)]);
  const byMonth = new Map(counts.byMonth.map((row) => [row.month, row]));
  return {
    year,
    completionByUnit: completionByUnit(yearReport),
    itemsPerMonth: months.map((month) => {
      const row = byMonth.get(month);
      return { month, news: row?.news ?? 0, articles: row?.articles ?? 0, inDepth: row?.inDepth ?? 0 };
    }),
    pacePerMonth: pacePerMonth(yearReport),
    itemsPerSection: counts.itemsPerSection,
  };
}

type ChartCounts = {
  byMonth: { month: number; news: number; articles: number; inDepth: number }[];
  itemsPerSection: QuotaChartData["itemsPerSection"];
};

/** The year's items per month by kind and per primary section (plain arrays: the data cache stores JSON). */
const cachedChartCounts = cachedByDay("quota-chart-counts", async (_now: Date, year: number): Promise<ChartCounts> => {
  const [byMonth, sectionRows] = await Promise.all([
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
    byMonth: [...byMonth].map(([month, counts]) => ({ month, ...counts })),
    itemsPerSection: sectionRows.map((row) => ({ sectionId: row.section_id, name: row.name, count: Number(row.count) })),
  };
});
