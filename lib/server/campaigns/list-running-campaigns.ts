import "server-only";
import { unstable_cache } from "next/cache";
import { listedCampaignWhere, publicCampaignSelect, toPublicCampaign, type PublicCampaign } from "@/lib/campaigns/public-campaign";
import { isRunning, nextEdge } from "@/lib/campaigns/window";
import { CACHE_TAGS, PUBLIC_CACHE_SECONDS } from "@/lib/cache-tags";
import { db } from "@/lib/db";

// The cache holds every listed campaign that had not ended when it was
// filled; which of them runs *now* is decided on each read, so a banner is
// right at its window's edges even from a cache entry filled earlier. The
// scheduler also expires the tag at each edge (lib/server/campaigns/window-edge-watcher.ts),
// so a page cached whole is refreshed then too.
const listUnendedCampaigns = unstable_cache(
  async (): Promise<PublicCampaign[]> => {
    const rows = await db.campaign.findMany({
      where: { ...listedCampaignWhere, endsAt: { gt: new Date() } },
      orderBy: [{ sortOrder: "asc" }, { startsAt: "desc" }, { id: "desc" }],
      take: 50,
      select: publicCampaignSelect,
    });
    return rows.map(toPublicCampaign);
  },
  ["public:list-unended-campaigns"],
  { tags: [CACHE_TAGS.campaigns], revalidate: PUBLIC_CACHE_SECONDS },
);

export type RunningCampaigns = {
  /** Running now, by their order (sortOrder, then the latest started). */
  campaigns: PublicCampaign[];
  /** When the set changes next (a start or an end), for whoever caches the page. */
  changesAt: Date | null;
};

export async function listRunningCampaigns(now: Date = new Date()): Promise<RunningCampaigns> {
  const campaigns = await listUnendedCampaigns();
  return { campaigns: campaigns.filter((campaign) => isRunning(campaign, now)), changesAt: nextEdge(campaigns, now) };
}
