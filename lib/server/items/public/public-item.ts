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
