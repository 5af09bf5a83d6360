import { db } from "@/lib/db";
import { NO_PUBLISHED, type PublishedCounts } from "@/lib/quotas/format-quota-progress";
import { quotaYear } from "@/lib/quotas/quota-year";

export type YearProgress = { year: number; byUser: Map<number, PublishedCounts> };

/**
 * Each person's items published this calendar year (Vietnam time), by kind:
 * an item counts for every one of its authors. A plain count until the quota
 * rules are applied; counted in SQL, one query for the whole list.
 */
export async function countPublishedThisYear(userIds: readonly number[], now: Date = new Date()): Promise<YearProgress> {
  const { year, start, end } = quotaYear(now);
  const ids = [...new Set(userIds)];
  const byUser = new Map<number, PublishedCounts>(ids.map((id) => [id, { ...NO_PUBLISHED }]));
  if (ids.length === 0) return { year, byUser };
  const rows = await db.$queryRaw<{ user_id: number; news: bigint; articles: bigint; in_depth: bigint }[]>`
    SELECT a.user_id,
           count(*) FILTER (WHERE i.kind = 'NEWS') AS news,
           count(*) FILTER (WHERE i.kind = 'ARTICLE') AS articles,
           count(*) FILTER (WHERE i.kind = 'ARTICLE' AND i.is_in_depth) AS in_depth
      FROM item_authors a
      JOIN items i ON i.id = a.item_id
     WHERE a.user_id = ANY(${ids}::int[])
       AND i.status = 'PUBLISHED'
       AND i.published_at >= ${start} AND i.published_at < ${end}
     GROUP BY a.user_id`;
  for (const row of rows) {
    byUser.set(row.user_id, { news: Number(row.news), articles: Number(row.articles), inDepth: Number(row.in_depth) });
  }
  return { year, byUser };
}
