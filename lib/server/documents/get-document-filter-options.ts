import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_TAGS, PUBLIC_CACHE_SECONDS } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { DOCUMENT_TYPES } from "@/lib/documents/document-type-labels";
import { publicDocumentSql } from "@/lib/server/documents/public-document";

export type DocumentFilterOptions = { types: string[]; issuingBodies: string[]; years: number[] };

/** The choices the library's filters offer: only values published documents have. */
export const getDocumentFilterOptions = unstable_cache(
  async (): Promise<DocumentFilterOptions> => {
    const [types, bodies, years] = await Promise.all([
      db.$queryRaw<{ value: string }[]>`
        SELECT DISTINCT d.type::text AS value FROM directive_documents d WHERE ${publicDocumentSql("d")}`,
      db.$queryRaw<{ value: string }[]>`
        SELECT DISTINCT d.issuing_body AS value FROM directive_documents d WHERE ${publicDocumentSql("d")}`,
      db.$queryRaw<{ value: number }[]>`
        SELECT DISTINCT extract(year FROM d.issued_at)::int AS value FROM directive_documents d
        WHERE ${publicDocumentSql("d")} ORDER BY 1 DESC`,
    ]);
    return {
      // Types in the order the labels list them; bodies alphabetically in
      // Vietnamese (the database's collation may put "Đ" after "Z").
      types: DOCUMENT_TYPES.filter((type) => types.some((row) => row.value === type)),
      issuingBodies: bodies.map((row) => row.value).sort((a, b) => a.localeCompare(b, "vi")),
      years: years.map((row) => row.value),
    };
  },
  ["public:document-filter-options"],
  { tags: [CACHE_TAGS.documents], revalidate: PUBLIC_CACHE_SECONDS },
);
