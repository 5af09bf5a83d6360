import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_TAGS, PUBLIC_CACHE_SECONDS } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { itemSummarySelect, publicItemWhere, toItemSummary, type ItemSummary } from "@/lib/server/items/public/item-summary";

export const CAMPAIGN_PAGE_SIZE = 20;

const where = (campaignId: number) => ({ campaignId, item: publicItemWhere });

const countCampaignItems = unstable_cache(
  async (campaignId: number): Promise<number> => db.campaignItem.count({ where: where(campaignId) }),
  ["public:count-campaign-items"],
  { tags: [CACHE_TAGS.items, CACHE_TAGS.campaigns], revalidate: PUBLIC_CACHE_SECONDS },
);

const listCampaignPage = unstable_cache(
  async (campaignId: number, page: number): Promise<ItemSummary[]> => {
    const rows = await db.campaignItem.findMany({
      where: where(campaignId),
      orderBy: [{ item: { publishedAt: "desc" } }, { itemId: "desc" }],
      skip: (page - 1) * CAMPAIGN_PAGE_SIZE,
      take: CAMPAIGN_PAGE_SIZE,
      select: { item: { select: itemSummarySelect } },
    });
    return rows.map((row) => toItemSummary(row.item));
  },
  ["public:list-campaign-page"],
  { tags: [CACHE_TAGS.items, CACHE_TAGS.campaigns], revalidate: PUBLIC_CACHE_SECONDS },
);

/** One page (1-based) of a campaign's public items, newest first. */
export async function listCampaignItems(campaignId: number, page: number) {
  const total = await countCampaignItems(campaignId);
  const pageCount = Math.max(1, Math.ceil(total / CAMPAIGN_PAGE_SIZE));
  const items = page > pageCount ? [] : await listCampaignPage(campaignId, page);
  return { items, total, pageCount };
}
