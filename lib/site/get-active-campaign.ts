import { unstable_cache } from "next/cache";
import { CACHE_TAGS, PUBLIC_CACHE_SECONDS } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { toPublicImage, type PublicImage } from "@/lib/site/image-sources";

export type CampaignBanner = {
  slug: string;
  name: string;
  description: string | null;
  startsAt: string;
  endsAt: string;
  link: string | null;
  banner: PublicImage | null;
};

// The cache holds every switched-on campaign that has not ended yet; which one
// runs *now* is decided per request, so a banner appears and disappears on
// time even while the cached list is up to PUBLIC_CACHE_SECONDS old.
const listUpcomingCampaigns = unstable_cache(
  async (): Promise<CampaignBanner[]> => {
    const rows = await db.campaign.findMany({
      where: { isActive: true, endsAt: { gte: new Date() } },
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      take: 10,
      select: {
        slug: true,
        name: true,
        description: true,
        startsAt: true,
        endsAt: true,
        bannerLink: true,
        bannerImage: { select: { storageKey: true, width: true, height: true, variants: true, alt: true } },
      },
    });
    return rows.map((row) => ({
      slug: row.slug,
      name: row.name,
      description: row.description,
      startsAt: row.startsAt.toISOString(),
      endsAt: row.endsAt.toISOString(),
      link: row.bannerLink,
      banner: toPublicImage(row.bannerImage, row.name),
    }));
  },
  ["public:list-upcoming-campaigns"],
  { tags: [CACHE_TAGS.campaigns], revalidate: PUBLIC_CACHE_SECONDS },
);

/** The campaign running at `now` (the most recently started one), if any. */
export async function getActiveCampaign(now: Date = new Date()): Promise<CampaignBanner | null> {
  const campaigns = await listUpcomingCampaigns();
  const time = now.getTime();
  return (
    campaigns.find((c) => new Date(c.startsAt).getTime() <= time && time <= new Date(c.endsAt).getTime()) ?? null
  );
}
