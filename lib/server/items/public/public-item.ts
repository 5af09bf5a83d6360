import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// What "publicly visible" means for an item, written once: readers see it,
// feeds and the sitemap list it, search finds it, and the quota and activity
// reports count it. A scheduled item is not yet public; an unpublished one
// no longer is (its first publication date stays on the row).

/** The where-clause every public item query starts from (Prisma). */
export const publicItemWhere = { status: "PUBLISHED", publishedAt: { not: null } } as const;

/** The same predicate as SQL, for the items table under `alias` ("i" by default). */
export function publicItemSql(alias = "i"): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`Not a table alias: ${alias}`);
  return Prisma.sql`(${Prisma.raw(alias)}.status = 'PUBLISHED' AND ${Prisma.raw(alias)}.published_at IS NOT NULL)`;
}

// The same predicate on an item's section links: item_sections.published_at
// is the item's published_at while the item is public and NULL otherwise (a
// trigger keeps it so, see the init migration), so a section's public items
// come straight off the (section_id, published_at desc) index.

/** Public items' links to their sections (Prisma, on ItemSection). */
export const publicItemSectionWhere = { publishedAt: { not: null } } as const;

/** The same as SQL, for the item_sections table under `alias` ("l" by default). */
export function publicItemSectionSql(alias = "l"): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`Not a table alias: ${alias}`);
  return Prisma.sql`(${Prisma.raw(alias)}.published_at IS NOT NULL)`;
}
