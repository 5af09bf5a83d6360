import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_TAGS, PUBLIC_CACHE_SECONDS } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { itemSummarySelect, toItemSummary, type ItemSummary } from "@/lib/server/items/public/item-summary";
import { publicItemSectionWhere } from "@/lib/server/items/public/public-item";

export const SECTION_PAGE_SIZE = 20;

// Both queries are range scans of the (section_id, published_at desc) index,
// without touching items to filter (publicItemSectionWhere).
const publicInSection = (sectionId: number) => ({ sectionId, ...publicItemSectionWhere });

const countSectionItems = unstable_cache(
  async (sectionId: number): Promise<number> => db.itemSection.count({ where: publicInSection(sectionId) }),
  ["public:count-section-items"],
  { tags: [CACHE_TAGS.items, CACHE_TAGS.sections], revalidate: PUBLIC_CACHE_SECONDS },
);

const listSectionPage = unstable_cache(
  async (sectionId: number, page: number): Promise<ItemSummary[]> => {
    const rows = await db.itemSection.findMany({
      where: publicInSection(sectionId),
      // item_id breaks ties so no item appears on two pages.
      orderBy: [{ publishedAt: "desc" }, { itemId: "desc" }],
      skip: (page - 1) * SECTION_PAGE_SIZE,
      take: SECTION_PAGE_SIZE,
      select: { item: { select: itemSummarySelect } },
    });
    return rows.map((row) => toItemSummary(row.item));
  },
  ["public:list-section-page"],
  { tags: [CACHE_TAGS.items, CACHE_TAGS.sections], revalidate: PUBLIC_CACHE_SECONDS },
);

export type SectionItemsPage = { items: ItemSummary[]; total: number; pageCount: number };

/** One page (1-based) of a section's published items, newest first. */
export async function listSectionItems(sectionId: number, page: number): Promise<SectionItemsPage> {
  const total = await countSectionItems(sectionId);
  const pageCount = Math.max(1, Math.ceil(total / SECTION_PAGE_SIZE));
  // Past the last page there is nothing to read: skip the query (and the cache
  // entry a crawler walking ?trang=N would otherwise create).
  const items = page > pageCount ? [] : await listSectionPage(sectionId, page);
  return { items, total, pageCount };
}
