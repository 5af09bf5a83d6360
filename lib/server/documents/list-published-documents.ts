import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_TAGS, PUBLIC_CACHE_SECONDS } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import type { DocumentFilters } from "@/lib/documents/document-filters";
import { Prisma } from "@/lib/generated/prisma/client";
import { publicDocumentSql } from "@/lib/server/documents/public-document";
import { documentMatchSql, documentRankSql } from "@/lib/server/search/search-documents";
import { parseSearchQuery } from "@/lib/search/parse-search-query";

export const DOCUMENT_PAGE_SIZE = 20;

export type DocumentListEntry = {
  slug: string;
  numberSymbol: string;
  type: string;
  issuingBody: string;
  /** ISO strings: cached data is plain JSON. */
  issuedAt: string;
  summary: string;
};

export type DocumentList = { documents: DocumentListEntry[]; total: number; pageCount: number };

type Row = Omit<DocumentListEntry, "issuedAt"> & { issuedAt: Date };

async function load(filters: DocumentFilters, page: number): Promise<DocumentList> {
  const query = filters.query ? parseSearchQuery(filters.query) : null;
  const conditions: Prisma.Sql[] = [publicDocumentSql("d")];
  if (filters.type) conditions.push(Prisma.sql`d.type::text = ${filters.type}`);
  if (filters.issuingBody) conditions.push(Prisma.sql`d.issuing_body = ${filters.issuingBody}`);
  if (filters.year) {
    conditions.push(Prisma.sql`d.issued_at >= make_date(${filters.year}::int, 1, 1)`);
    conditions.push(Prisma.sql`d.issued_at < make_date(${filters.year + 1}::int, 1, 1)`);
  }
  // Text that has nothing searchable in it ("???") matches nothing rather than everything.
  if (filters.query) conditions.push(query ? documentMatchSql(query) : Prisma.sql`false`);
  const where = Prisma.join(conditions, " AND ");
  const order = query
    ? Prisma.sql`${documentRankSql(query)} DESC, d.issued_at DESC, d.id DESC`
    : Prisma.sql`d.issued_at DESC, d.id DESC`;

  const [rows, counted] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT d.slug, d.number_symbol AS "numberSymbol", d.type::text AS type,
        d.issuing_body AS "issuingBody", d.issued_at AS "issuedAt", d.summary
      FROM directive_documents d WHERE ${where}
      ORDER BY ${order}
      LIMIT ${DOCUMENT_PAGE_SIZE} OFFSET ${(page - 1) * DOCUMENT_PAGE_SIZE}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM directive_documents d WHERE ${where}`,
  ]);
  const total = counted[0]?.total ?? 0;
  return {
    documents: rows.map((row) => ({ ...row, issuedAt: row.issuedAt.toISOString() })),
    total,
    pageCount: Math.max(1, Math.ceil(total / DOCUMENT_PAGE_SIZE)),
  };
}

/** One page of published documents, newest first (best match first when searching). */
export const listPublishedDocuments = unstable_cache(load, ["public:list-published-documents"], {
  tags: [CACHE_TAGS.documents],
  revalidate: PUBLIC_CACHE_SECONDS,
});
