import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { lockDocument } from "@/lib/server/documents/lock-document";
import { isPublicDocument } from "@/lib/server/documents/public-document";
import { authorize } from "@/lib/server/auth/authorize";
import { DOCUMENT_REFUSALS } from "@/lib/documents/refusal-messages";
import { AppError } from "@/lib/errors";

/**
 * Removes a file from a document (the stored file itself stays). A published
 * document keeps at least one file: readers come for the text.
 */
export async function detachDocumentFile({
  actor,
  ip = null,
  documentId,
  mediaFileId,
}: {
  actor: Actor;
  ip?: string | null;
  documentId: number;
  mediaFileId: number;
}) {
  await authorize(actor, "documents.manage", { ip, object: { type: "document", id: documentId }, message: DOCUMENT_REFUSALS["documents.manage"] });
  return db.$transaction(async (tx) => {
    await lockDocument(tx, documentId);
    const document = await tx.directiveDocument.findUniqueOrThrow({
      where: { id: documentId },
      select: { status: true, numberSymbol: true, files: { select: { mediaFileId: true, mediaFile: { select: { originalName: true } } } } },
    });
    const file = document.files.find((candidate) => candidate.mediaFileId === mediaFileId);
    if (!file) throw new AppError("NOT_FOUND", "Tệp này không còn trong văn bản; hãy tải lại trang.");
    if (isPublicDocument(document) && document.files.length === 1) {
      throw new AppError(
        "VALIDATION",
        "Văn bản đang công bố phải có ít nhất một tệp đính kèm: hãy tải lên tệp thay thế trước, hoặc gỡ văn bản rồi mới gỡ tệp.",
      );
    }
    await tx.documentFile.delete({ where: { documentId_mediaFileId: { documentId, mediaFileId } } });
    await recordAudit(
      {
        action: "documents.detach-file",
        result: "SUCCESS",
        actorId: actor.id,
        ip,
        objectType: "document",
        objectId: documentId,
        details: { numberSymbol: document.numberSymbol, mediaFileId, originalName: file.mediaFile.originalName },
      },
      tx,
    );
    return { isPublic: isPublicDocument(document), originalName: file.mediaFile.originalName };
  });
}
