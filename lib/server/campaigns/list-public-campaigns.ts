import "server-only";
import { unstable_cache } from "next/cache";
import { listedCampaignWhere, publicCampaignSelect, toPublicCampaign, type PublicCampaign } from "@/lib/campaigns/public-campaign";
import { windowState } from "@/lib/campaigns/window";
import { CACHE_TAGS, PUBLIC_CACHE_SECONDS } from "@/lib/cache-tags";
import { db } from "@/lib/db";

const listListedCampaigns = unstable_cache(
  async (): Promise<PublicCampaign[]> => {
    const rows = await db.campaign.findMany({
      where: listedCampaignWhere,
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      take: 500,
      select: publicCampaignSelect,
    });
    return rows.map(toPublicCampaign);
  },
  ["public:list-listed-campaigns"],
  { tags: [CACHE_TAGS.campaigns], revalidate: PUBLIC_CACHE_SECONDS },
);

export type PublicCampaignList = { running: PublicCampaign[]; upcoming: PublicCampaign[]; past: PublicCampaign[] };

/** /chuyen-trang: running first (by order), then upcoming (soonest first), then past ones (latest first). */
export async function listPublicCampaigns(now: Date = new Date()): Promise<PublicCampaignList> {
  const campaigns = await listListedCampaigns();
  const running = campaigns.filter((c) => windowState(c, now) === "running").sort((a, b) => a.sortOrder - b.sortOrder);
  const upcoming = campaigns.filter((c) => windowState(c, now) === "upcoming").reverse();
  const past = campaigns.filter((c) => windowState(c, now) === "ended");
  return { running, upcoming, past };
}
