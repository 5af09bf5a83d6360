import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_TAGS, PUBLIC_CACHE_SECONDS } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { publicDocumentWhere } from "@/lib/server/documents/public-document";
import { publicItemSql, publicItemWhere } from "@/lib/server/items/public/public-item";

// One sitemap file holds at most 50,000 URLs; items take what the rest leaves.
const MAX_ITEMS = 45_000;
const MAX_DOCUMENTS = 4_000;

export type SitemapEntries = {
  sections: { slug: string; lastModified: string | null }[];
  items: { slug: string; lastModified: string }[];
  documents: { slug: string; lastModified: string }[];
  campaigns: { slug: string; lastModified: string }[];
};

/** Everything public, with when it last changed (ISO strings: cached data is plain JSON). */
export const listSitemapEntries = unstable_cache(
  async (): Promise<SitemapEntries> => {
    const [sections, items, documents, campaigns] = await Promise.all([
      db.$queryRaw<{ slug: string; lastModified: Date | null }[]>`
        SELECT s.slug, max(i.published_at) AS "lastModified"
        FROM sections s
        LEFT JOIN item_sections l ON l.section_id = s.id
        LEFT JOIN items i ON i.id = l.item_id AND ${publicItemSql("i")}
        WHERE s.is_visible
        GROUP BY s.id, s.slug, s.sort_order
        ORDER BY s.sort_order, s.id`,
      db.item.findMany({
        where: publicItemWhere,
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        take: MAX_ITEMS,
        select: { slug: true, updatedAt: true },
      }),
      db.directiveDocument.findMany({
        where: publicDocumentWhere,
        orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
        take: MAX_DOCUMENTS,
        select: { slug: true, updatedAt: true },
      }),
      // Campaign pages (chuyên trang): every switched-on one, archived included (its page stays).
      db.campaign.findMany({
        where: { isActive: true },
        orderBy: [{ startsAt: "desc" }, { id: "desc" }],
        take: 500,
        select: { slug: true, updatedAt: true },
      }),
    ]);
    return {
      sections: sections.map((s) => ({ slug: s.slug, lastModified: s.lastModified?.toISOString() ?? null })),
      items: items.map((i) => ({ slug: i.slug, lastModified: i.updatedAt.toISOString() })),
      documents: documents.map((d) => ({ slug: d.slug, lastModified: d.updatedAt.toISOString() })),
      campaigns: campaigns.map((c) => ({ slug: c.slug, lastModified: c.updatedAt.toISOString() })),
    };
  },
  ["public:list-sitemap-entries"],
  { tags: [CACHE_TAGS.items, CACHE_TAGS.sections, CACHE_TAGS.documents, CACHE_TAGS.campaigns], revalidate: PUBLIC_CACHE_SECONDS },
);
