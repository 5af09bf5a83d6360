import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_TAGS, PUBLIC_CACHE_SECONDS } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { publicDocumentWhere } from "@/lib/server/documents/public-document";
import { itemSummarySelect, publicItemWhere, toItemSummary, type ItemSummary } from "@/lib/server/items/public/item-summary";
import { publicItemSectionSql } from "@/lib/server/items/public/public-item";
import type { SectionLink } from "@/lib/server/sections/list-visible-sections";

const FEATURED_COUNT = 4;
const LATEST_COUNT = 8;
const PER_SECTION = 5;
const DOCUMENT_COUNT = 5;

export type HomeSectionBlock = { section: SectionLink; items: ItemSummary[] };
export type HomeDocument = { slug: string; numberSymbol: string; summary: string; issuedAt: string };
export type HomePage = {
  featured: ItemSummary[];
  latest: ItemSummary[];
  sectionBlocks: HomeSectionBlock[];
  documents: HomeDocument[];
};

async function listSectionBlocks(): Promise<HomeSectionBlock[]> {
  // One lateral query picks each visible section's newest ids straight off the
  // (section_id, published_at desc) index, instead of one query per section.
  const picks = await db.$queryRaw<{ sectionId: number; slug: string; name: string; itemId: number | null }[]>`
    SELECT s.id AS "sectionId", s.slug, s.name, x.item_id AS "itemId"
      FROM sections s
      LEFT JOIN LATERAL (
        SELECT isec.item_id, isec.published_at
          FROM item_sections isec
         WHERE isec.section_id = s.id AND ${publicItemSectionSql("isec")}
         ORDER BY isec.published_at DESC, isec.item_id DESC
         LIMIT ${PER_SECTION}
      ) x ON true
     WHERE s.is_visible
     ORDER BY s.sort_order, s.id, x.published_at DESC, x.item_id DESC`;
  const ids = [...new Set(picks.flatMap((p) => (p.itemId === null ? [] : [p.itemId])))];
  const rows = ids.length
    ? await db.item.findMany({ where: { id: { in: ids }, ...publicItemWhere }, select: itemSummarySelect })
    : [];
  const byId = new Map(rows.map((row) => [row.id, toItemSummary(row)]));

  const blocks = new Map<number, HomeSectionBlock>();
  for (const pick of picks) {
    let block = blocks.get(pick.sectionId);
    if (!block) {
      block = { section: { id: pick.sectionId, slug: pick.slug, name: pick.name }, items: [] };
      blocks.set(pick.sectionId, block);
    }
    const item = pick.itemId === null ? undefined : byId.get(pick.itemId);
    if (item) block.items.push(item);
  }
  return [...blocks.values()];
}

async function loadHomePage(): Promise<HomePage> {
  const [featuredRows, latestRows, sectionBlocks, documentRows] = await Promise.all([
    db.item.findMany({
      where: { ...publicItemWhere, isFeatured: true },
      orderBy: [{ featuredAt: { sort: "desc", nulls: "last" } }, { publishedAt: "desc" }],
      take: FEATURED_COUNT,
      select: itemSummarySelect,
    }),
    db.item.findMany({
      where: publicItemWhere,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      // A few extra so the list stays full after removing the featured ones.
      take: LATEST_COUNT + FEATURED_COUNT,
      select: itemSummarySelect,
    }),
    listSectionBlocks(),
    db.directiveDocument.findMany({
      where: publicDocumentWhere,
      orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
      take: DOCUMENT_COUNT,
      select: { slug: true, numberSymbol: true, summary: true, issuedAt: true },
    }),
  ]);

  const featured = featuredRows.map(toItemSummary);
  const featuredIds = new Set(featured.map((item) => item.id));
  const latest = latestRows
    .filter((row) => !featuredIds.has(row.id))
    .slice(0, LATEST_COUNT)
    .map(toItemSummary);
  const documents = documentRows.map((d) => ({ ...d, issuedAt: d.issuedAt.toISOString() }));
  return { featured, latest, sectionBlocks, documents };
}

/** Everything on the home page but the campaign banner, in one cache entry. */
export const getHomePage = unstable_cache(loadHomePage, ["public:get-home-page"], {
  tags: [CACHE_TAGS.items, CACHE_TAGS.sections, CACHE_TAGS.documents],
  revalidate: PUBLIC_CACHE_SECONDS,
});
