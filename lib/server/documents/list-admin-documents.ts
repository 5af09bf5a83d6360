import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentType, PublicationStatus } from "@/lib/generated/prisma/enums";
import type { AdminDocumentFilter } from "@/lib/validations/document";

export const ADMIN_DOCUMENT_PAGE_SIZE = 20;

export type AdminDocumentRow = {
  id: number;
  slug: string;
  numberSymbol: string;
  type: DocumentType;
  issuingBody: string;
  issuedAt: Date;
  summary: string;
  status: PublicationStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  fileCount: number;
};

/**
 * The back office's documents, every status, last changed first. The search
 * looks at the number/symbol, summary and issuing body, ignoring case and
 * diacritics ("ke hoach 91" finds "Kế hoạch … 91-KH/ĐUK").
 */
export async function listAdminDocuments(
  filter: AdminDocumentFilter,
  page: number,
): Promise<{ documents: AdminDocumentRow[]; total: number; pageCount: number }> {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(Prisma.sql`(
      search_fold(d.number_symbol) LIKE search_fold(${pattern})
      OR search_fold(d.summary) LIKE search_fold(${pattern})
      OR search_fold(d.issuing_body) LIKE search_fold(${pattern}))`);
  }
  if (filter.type) conditions.push(Prisma.sql`d.type = ${filter.type}::"DocumentType"`);
  if (filter.status) conditions.push(Prisma.sql`d.status = ${filter.status}::"PublicationStatus"`);
  if (filter.year) {
    conditions.push(Prisma.sql`d.issued_at >= make_date(${filter.year}::int, 1, 1)`);
    conditions.push(Prisma.sql`d.issued_at < make_date(${filter.year + 1}::int, 1, 1)`);
  }
  const where = Prisma.join(conditions, " AND ");
  const [rows, counted] = await Promise.all([
    db.$queryRaw<(Omit<AdminDocumentRow, "fileCount"> & { fileCount: number })[]>`
      SELECT d.id, d.slug, d.number_symbol AS "numberSymbol", d.type, d.issuing_body AS "issuingBody",
        d.issued_at AS "issuedAt", d.summary, d.status, d.published_at AS "publishedAt", d.updated_at AS "updatedAt",
        (SELECT count(*)::int FROM document_files f WHERE f.document_id = d.id) AS "fileCount"
      FROM directive_documents d
      WHERE ${where}
      ORDER BY d.updated_at DESC, d.id DESC
      LIMIT ${ADMIN_DOCUMENT_PAGE_SIZE} OFFSET ${(page - 1) * ADMIN_DOCUMENT_PAGE_SIZE}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM directive_documents d WHERE ${where}`,
  ]);
  const total = counted[0]?.total ?? 0;
  return { documents: rows, total, pageCount: Math.max(1, Math.ceil(total / ADMIN_DOCUMENT_PAGE_SIZE)) };
}
