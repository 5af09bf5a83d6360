import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_TAGS, PUBLIC_CACHE_SECONDS } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { itemSummarySelect, toItemSummary, type ItemSummary } from "@/lib/server/items/public/item-summary";
import { publicItemSectionWhere } from "@/lib/server/items/public/public-item";

const RELATED_COUNT = 5;

/** The newest other public items of a section (the item's primary one). */
export const listRelatedItems = unstable_cache(
  async (sectionId: number, excludeItemId: number): Promise<ItemSummary[]> => {
    const rows = await db.itemSection.findMany({
      // On the links, not the items: an index scan (publicItemSectionWhere).
      where: { sectionId, ...publicItemSectionWhere, itemId: { not: excludeItemId } },
      orderBy: [{ publishedAt: "desc" }, { itemId: "desc" }],
      take: RELATED_COUNT,
      select: { item: { select: itemSummarySelect } },
    });
    return rows.map((row) => toItemSummary(row.item));
  },
  ["public:list-related-items"],
  { tags: [CACHE_TAGS.items, CACHE_TAGS.sections], revalidate: PUBLIC_CACHE_SECONDS },
);
