import { db } from "@/lib/db";
import type { ItemKind } from "@/lib/generated/prisma/enums";
import type { SearchQuery } from "@/lib/search/parse-search-query";
import { VIETNAMESE_LOWER, VIETNAMESE_UPPER } from "@/lib/search/vietnamese-case";
import { publicItemSql } from "@/lib/items/public-item";

// Published items matching every word (as a prefix), best first. The score is
// ts_rank_cd (normalised to 0..1) plus up to 1 for the share of the reader's
// accented words found as typed in the title or lead, so "Đảng" typed with
// accents puts "Đảng" before "đang"; ties go to the newest.

export type ItemSearchRow = {
  id: number;
  slug: string;
  kind: ItemKind;
  isInDepth: boolean;
  title: string;
  lead: string;
  /** Up to ~400 characters of the body around the first match (the lead may not contain it). */
  bodyExcerpt: string;
  publishedAt: Date;
  score: number;
};

export async function searchItems(
  query: SearchQuery,
  { limit, offset }: { limit: number; offset: number },
): Promise<{ rows: ItemSearchRow[]; total: number }> {
  const anchorTerm = query.highlightTerms[0] ?? "";
  const [rows, counted] = await Promise.all([
    db.$queryRaw<ItemSearchRow[]>`
      WITH q AS (SELECT to_tsquery('simple', ${query.tsquery}) AS query),
      ranked AS (
        SELECT i.id,
          ts_rank_cd(i.search_vector, q.query, 32)
          + CASE WHEN cardinality(${query.accentedWords}::text[]) = 0 THEN 0 ELSE (
              SELECT count(*) FROM unnest(${query.accentedWords}::text[]) AS w(word)
              WHERE strpos(translate(normalize(i.title || ' ' || i.lead, NFC), ${VIETNAMESE_UPPER}, ${VIETNAMESE_LOWER}), w.word) > 0
            )::float8 / cardinality(${query.accentedWords}::text[]) END AS score
        FROM items i, q
        WHERE ${publicItemSql("i")} AND i.search_vector @@ q.query
        ORDER BY score DESC, i.published_at DESC, i.id DESC
        LIMIT ${limit} OFFSET ${offset}
      )
      SELECT i.id, i.slug, i.kind, i.is_in_depth AS "isInDepth", i.title, i.lead,
        i.published_at AS "publishedAt", r.score::float8 AS score,
        substring(i.body_text FROM greatest(strpos(search_fold(left(i.body_text, 20000)), ${anchorTerm}) - 150, 1) FOR 400)
          AS "bodyExcerpt"
      FROM ranked r JOIN items i ON i.id = r.id
      ORDER BY r.score DESC, i.published_at DESC, i.id DESC`,
    db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM items i
      WHERE ${publicItemSql("i")}
        AND i.search_vector @@ to_tsquery('simple', ${query.tsquery})`,
  ]);
  return { rows, total: counted[0]?.total ?? 0 };
}
