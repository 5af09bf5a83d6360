import "server-only";
import { db } from "@/lib/db";
import { NO_PUBLISHED, type PublishedCounts } from "@/lib/quotas/format-quota-progress";
import { countedInYearSql, kindCountsOf, kindCountsSql, type KindCountRow } from "@/lib/server/quotas/quota-sql";
import { quotaYear } from "@/lib/quotas/quota-year";

export type YearProgress = { year: number; byUser: Map<number, PublishedCounts> };

/**
 * Each person's items counted this year (Vietnam time), by kind, exactly as
 * the quota report counts them (lib/quotas/counting-rule.ts): an item counts
 * for every one of its authors. One grouped query for the whole list.
 */
export async function countPublishedThisYear(userIds: readonly number[], now: Date = new Date()): Promise<YearProgress> {
  const { year } = quotaYear(now);
  const ids = [...new Set(userIds)];
  const byUser = new Map<number, PublishedCounts>(ids.map((id) => [id, { ...NO_PUBLISHED }]));
  if (ids.length === 0) return { year, byUser };
  const rows = await db.$queryRaw<(KindCountRow & { user_id: number })[]>`
    SELECT a.user_id, ${kindCountsSql("i")}
      FROM item_authors a
      JOIN items i ON i.id = a.item_id
     WHERE a.user_id = ANY(${ids}::int[])
       AND ${countedInYearSql(year, "i")}
     GROUP BY a.user_id`;
  for (const row of rows) byUser.set(row.user_id, kindCountsOf(row));
  return { year, byUser };
}
