import "server-only";
import { unstable_cache } from "next/cache";
import { isRunning, nextEdge } from "@/lib/campaigns/window";
import { CACHE_TAGS, PUBLIC_CACHE_SECONDS } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import type { BannerSlot } from "@/lib/generated/prisma/enums";
import { toPublicImage, type PublicImage } from "@/lib/media/image-sources";

export type PublicBanner = {
  id: number;
  slot: BannerSlot;
  alt: string;
  linkUrl: string;
  image: PublicImage | null;
  startsAt: string | null;
  endsAt: string | null;
};

// Like the campaigns: the cache holds the switched-on banners not yet ended
// when it was filled; each read keeps those inside their window now.
const listUnendedBanners = unstable_cache(
  async (): Promise<PublicBanner[]> => {
    const rows = await db.banner.findMany({
      where: { isActive: true, OR: [{ endsAt: null }, { endsAt: { gt: new Date() } }] },
      orderBy: [{ slot: "asc" }, { sortOrder: "asc" }, { id: "asc" }],
      take: 100,
      select: {
        id: true,
        slot: true,
        alt: true,
        linkUrl: true,
        startsAt: true,
        endsAt: true,
        image: { select: { storageKey: true, width: true, height: true, variants: true, alt: true } },
      },
    });
    return rows.map((row) => ({
      id: row.id,
      slot: row.slot,
      alt: row.alt,
      linkUrl: row.linkUrl,
      image: toPublicImage(row.image, row.alt, row.alt),
      startsAt: row.startsAt?.toISOString() ?? null,
      endsAt: row.endsAt?.toISOString() ?? null,
    }));
  },
  ["public:list-unended-banners"],
  { tags: [CACHE_TAGS.campaigns], revalidate: PUBLIC_CACHE_SECONDS },
);

export type RunningBanners = { top: PublicBanner[]; side: PublicBanner[]; changesAt: Date | null };

/** The banners of each home-page slot shown at `now`, in their order. */
export async function listRunningBanners(now: Date = new Date()): Promise<RunningBanners> {
  const banners = await listUnendedBanners();
  const running = banners.filter((banner) => isRunning(banner, now));
  return {
    top: running.filter((banner) => banner.slot === "TOP"),
    side: running.filter((banner) => banner.slot === "SIDE"),
    changesAt: nextEdge(banners, now),
  };
}
