import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { changeDocument } from "@/lib/server/documents/change-document";
import { assertDocumentMove } from "@/lib/documents/transitions";

/**
 * Deletes a draft that was never public (a mistaken entry). A document that
 * has ever been published is history: it can be taken down, never deleted.
 * Its uploaded files stay in the media store.
 */
export async function deleteDocument({ actor, ip = null, documentId }: { actor: Actor; ip?: string | null; documentId: number }) {
  const select = { status: true, publishedAt: true, slug: true, numberSymbol: true, type: true, summary: true, files: { select: { mediaFileId: true } } } as const;
  await changeDocument({ actor, ip, documentId, select }, async ({ tx, document, audit }) => {
    assertDocumentMove(actor, document, "delete");
    await tx.directiveDocument.delete({ where: { id: documentId } });
    const { numberSymbol, type, summary, slug } = document;
    await recordAudit({ ...audit, action: "documents.delete", details: { numberSymbol, type, summary, slug, mediaFileIds: document.files.map((file) => file.mediaFileId) } }, tx);
  });
}
