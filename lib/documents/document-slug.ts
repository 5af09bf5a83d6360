import { slugify, uniqueSlug } from "@/lib/content/slug";
import { DOCUMENT_TYPE_LABELS } from "@/lib/documents/document-type-labels";
import type { DocumentType } from "@/lib/generated/prisma/enums";

// A document's public address reads as its type and number:
// Kế hoạch 91-KH/ĐUK → /van-ban/ke-hoach-91-kh-duk (then -2, -3… when the
// same number comes round again in another year).

type SlugReader = { directiveDocument: { findUnique(args: { where: { slug: string }; select: { id: true } }): Promise<{ id: number } | null> } };

export const documentSlugBase = (type: DocumentType, numberSymbol: string) => slugify(`${DOCUMENT_TYPE_LABELS[type]} ${numberSymbol}`);

/** The first free slug for the type and number; `exceptId` keeps a document's own slug available to it. */
export function documentSlug(tx: SlugReader, type: DocumentType, numberSymbol: string, exceptId?: number): Promise<string> {
  return uniqueSlug(documentSlugBase(type, numberSymbol) || "van-ban", async (candidate) => {
    const taken = await tx.directiveDocument.findUnique({ where: { slug: candidate }, select: { id: true } });
    return Boolean(taken && taken.id !== exceptId);
  });
}
