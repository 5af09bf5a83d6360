import { unstable_cache } from "next/cache";
import { CACHE_TAGS, PUBLIC_CACHE_SECONDS } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { itemSummarySelect, toItemSummary, type ItemSummary } from "@/lib/server/items/public/item-summary";

const RELATED_COUNT = 5;

/** The newest other public items of a section (the item's primary one). */
export const listRelatedItems = unstable_cache(
  async (sectionId: number, excludeItemId: number): Promise<ItemSummary[]> => {
    const rows = await db.itemSection.findMany({
      // Non-NULL published_at means public (trigger-maintained): an index scan.
      where: { sectionId, publishedAt: { not: null }, itemId: { not: excludeItemId } },
      orderBy: [{ publishedAt: "desc" }, { itemId: "desc" }],
      take: RELATED_COUNT,
      select: { item: { select: itemSummarySelect } },
    });
    return rows.map((row) => toItemSummary(row.item));
  },
  ["public:list-related-items"],
  { tags: [CACHE_TAGS.items, CACHE_TAGS.sections], revalidate: PUBLIC_CACHE_SECONDS },
);
