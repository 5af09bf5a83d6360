import "server-only";
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PublicationStatus } from "@/lib/generated/prisma/enums";

// What "publicly visible" means for a directive document, written once (as
// lib/server/items/public/public-item.ts does for items): readers see it, the
// library, search, the sitemap, the home page and campaign pages list it, its
// attached files may be downloaded, and the reports count it. A draft is not
// public yet; a document taken down (UNPUBLISHED) no longer is, though its
// first publication date stays on the row.

/** The where-clause every public document query starts from (Prisma). */
export const publicDocumentWhere = { status: "PUBLISHED" } as const;

/** The same predicate as SQL, for the directive_documents table under `alias` ("d" by default). */
export function publicDocumentSql(alias = "d"): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`Not a table alias: ${alias}`);
  return Prisma.sql`(${Prisma.raw(alias)}.status = 'PUBLISHED')`;
}

/** The same predicate on a row already read (whether a change shows on the public site). */
export const isPublicDocument = (document: { status: PublicationStatus }): boolean => document.status === publicDocumentWhere.status;
