import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_TAGS, PUBLIC_CACHE_SECONDS } from "@/lib/cache-tags";
import { db } from "@/lib/db";

export type PublicSection = { id: number; slug: string; name: string; description: string | null };

/** A section by slug, or null when it is unknown or hidden from readers. */
export const getVisibleSection = unstable_cache(
  async (slug: string): Promise<PublicSection | null> =>
    db.section.findFirst({
      where: { slug, isVisible: true },
      select: { id: true, slug: true, name: true, description: true },
    }),
  ["public:get-visible-section"],
  { tags: [CACHE_TAGS.sections], revalidate: PUBLIC_CACHE_SECONDS },
);
