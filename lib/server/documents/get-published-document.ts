import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_TAGS, PUBLIC_CACHE_SECONDS } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { documentFieldsSelect } from "@/lib/server/documents/document-fields-select";
import { publicDocumentWhere } from "@/lib/server/documents/public-document";
import type { DocumentType, MediaKind } from "@/lib/generated/prisma/enums";

export type DocumentAttachment = {
  storageKey: string;
  originalName: string;
  mimeType: string;
  kind: MediaKind;
  sizeBytes: number;
};

export type PublishedDocument = {
  slug: string;
  numberSymbol: string;
  type: DocumentType;
  issuingBody: string;
  /** ISO strings: cached data is plain JSON. */
  issuedAt: string;
  effectiveAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
  summary: string;
  signerName: string | null;
  files: DocumentAttachment[];
};

/** A published document with its files, or null (unknown, draft or withdrawn). */
export const getPublishedDocument = unstable_cache(
  async (slug: string): Promise<PublishedDocument | null> => {
    const row = await db.directiveDocument.findFirst({
      where: { slug, ...publicDocumentWhere },
      select: {
        ...documentFieldsSelect,
        publishedAt: true,
        updatedAt: true,
        files: {
          orderBy: { sortOrder: "asc" },
          select: {
            mediaFile: { select: { storageKey: true, originalName: true, mimeType: true, kind: true, sizeBytes: true } },
          },
        },
      },
    });
    if (!row) return null;
    return {
      ...row,
      issuedAt: row.issuedAt.toISOString(),
      effectiveAt: row.effectiveAt?.toISOString() ?? null,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      updatedAt: row.updatedAt.toISOString(),
      files: row.files.map((file) => file.mediaFile),
    };
  },
  ["public:get-published-document"],
  { tags: [CACHE_TAGS.documents], revalidate: PUBLIC_CACHE_SECONDS },
);
