import { unstable_cache } from "next/cache";
import { CACHE_TAGS, PUBLIC_CACHE_SECONDS } from "@/lib/cache-tags";
import { db } from "@/lib/db";

export type FeedSection = { id: number; slug: string; name: string; description: string | null };

/** A visible section by slug for its feed, or null. */
export const getFeedSection = unstable_cache(
  async (slug: string): Promise<FeedSection | null> =>
    db.section.findFirst({
      where: { slug, isVisible: true },
      select: { id: true, slug: true, name: true, description: true },
    }),
  ["public:get-feed-section"],
  { tags: [CACHE_TAGS.sections], revalidate: PUBLIC_CACHE_SECONDS },
);
