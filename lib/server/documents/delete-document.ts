import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { lockDocument } from "@/lib/server/documents/lock-document";
import { authorize } from "@/lib/server/auth/authorize";
import { DOCUMENT_REFUSALS } from "@/lib/documents/refusal-messages";
import { assertDocumentMove } from "@/lib/documents/transitions";

/**
 * Deletes a draft that was never public (a mistaken entry). A document that
 * has ever been published is history: it can be taken down, never deleted.
 * Its uploaded files stay in the media store.
 */
export async function deleteDocument({ actor, ip = null, documentId }: { actor: Actor; ip?: string | null; documentId: number }) {
  await authorize(actor, "documents.manage", { ip, object: { type: "document", id: documentId }, message: DOCUMENT_REFUSALS["documents.manage"] });
  await db.$transaction(async (tx) => {
    await lockDocument(tx, documentId);
    const document = await tx.directiveDocument.findUniqueOrThrow({
      where: { id: documentId },
      select: { status: true, publishedAt: true, slug: true, numberSymbol: true, type: true, summary: true, files: { select: { mediaFileId: true } } },
    });
    assertDocumentMove(actor, document, "delete");
    await tx.directiveDocument.delete({ where: { id: documentId } });
    await recordAudit(
      {
        action: "documents.delete",
        result: "SUCCESS",
        actorId: actor.id,
        ip,
        objectType: "document",
        objectId: documentId,
        details: {
          numberSymbol: document.numberSymbol,
          type: document.type,
          summary: document.summary,
          slug: document.slug,
          mediaFileIds: document.files.map((file) => file.mediaFileId),
        },
      },
      tx,
    );
  });
}
