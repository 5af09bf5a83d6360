import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_TAGS, PUBLIC_CACHE_SECONDS } from "@/lib/cache-tags";
import { db } from "@/lib/db";

export type SectionLink = { id: number; slug: string; name: string };

/** Visible sections in the administrator's order: the site's navigation. */
export const listVisibleSections = unstable_cache(
  async (): Promise<SectionLink[]> =>
    db.section.findMany({
      where: { isVisible: true },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      select: { id: true, slug: true, name: true },
    }),
  ["public:list-visible-sections"],
  { tags: [CACHE_TAGS.sections], revalidate: PUBLIC_CACHE_SECONDS },
);
