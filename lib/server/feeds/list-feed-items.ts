import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_TAGS, PUBLIC_CACHE_SECONDS } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { publicItemWhere } from "@/lib/server/items/public/public-item";

export const FEED_SIZE = 30;

export type FeedItem = {
  slug: string;
  title: string;
  lead: string;
  /** ISO string: cached data is plain JSON. */
  publishedAt: string;
  sectionNames: string[];
  cover: { storageKey: string; mimeType: string; sizeBytes: number } | null;
};

/** The newest published items, site-wide or in one section (by id). */
export const listFeedItems = unstable_cache(
  async (sectionId: number | null): Promise<FeedItem[]> => {
    const rows = await db.item.findMany({
      where: {
        ...publicItemWhere,
        ...(sectionId === null ? {} : { sections: { some: { sectionId } } }),
      },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: FEED_SIZE,
      select: {
        slug: true,
        title: true,
        lead: true,
        publishedAt: true,
        coverImage: { select: { storageKey: true, mimeType: true, sizeBytes: true } },
        sections: {
          where: { section: { isVisible: true } },
          orderBy: [{ isPrimary: "desc" }, { section: { sortOrder: "asc" } }],
          select: { section: { select: { name: true } } },
        },
      },
    });
    return rows.map((row) => ({
      slug: row.slug,
      title: row.title,
      lead: row.lead,
      publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
      sectionNames: row.sections.map((link) => link.section.name),
      cover: row.coverImage,
    }));
  },
  ["public:list-feed-items"],
  { tags: [CACHE_TAGS.items, CACHE_TAGS.sections], revalidate: PUBLIC_CACHE_SECONDS },
);
