import "server-only";
import { db } from "@/lib/db";
import type { ItemKind } from "@/lib/generated/prisma/enums";
import { countedInYearSql } from "@/lib/server/quotas/quota-sql";
import type { CountedItem } from "@/lib/quotas/quota-types";

/** The items that counted for one person in a year (newest first), so any number of the report can be checked by hand. */
export async function listCountedItems(input: { year: number; userId: number }): Promise<CountedItem[]> {
  const rows = await db.$queryRaw<
    { id: number; slug: string; title: string; kind: ItemKind; is_in_depth: boolean; published_at: Date; section_names: string[]; author_names: string[] }[]
  >`
    SELECT i.id, i.slug, i.title, i.kind::text AS kind, i.is_in_depth, i.published_at,
           ARRAY(SELECT s.name FROM item_sections x JOIN sections s ON s.id = x.section_id
                  WHERE x.item_id = i.id ORDER BY x.is_primary DESC, s.sort_order, s.id) AS section_names,
           ARRAY(SELECT u.name FROM item_authors y JOIN users u ON u.id = y.user_id
                  WHERE y.item_id = i.id ORDER BY y.sort_order, u.id) AS author_names
      FROM items i
      JOIN item_authors a ON a.item_id = i.id AND a.user_id = ${input.userId}
     WHERE ${countedInYearSql(input.year, "i")}
     ORDER BY i.published_at DESC, i.id DESC`;
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    title: row.title,
    kind: row.kind,
    isInDepth: row.kind === "ARTICLE" && row.is_in_depth,
    publishedAt: row.published_at.toISOString(),
    sectionNames: row.section_names,
    authorNames: row.author_names,
  }));
}
