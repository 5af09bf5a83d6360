import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { assertDocumentCapability } from "@/lib/server/documents/assert-document-capability";
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
  await assertDocumentCapability(actor, "documents.manage", { ip, documentId });
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM directive_documents WHERE id = ${documentId} FOR UPDATE`;
    const document = await tx.directiveDocument.findUnique({
      where: { id: documentId },
      select: { status: true, numberSymbol: true, files: { select: { mediaFileId: true, mediaFile: { select: { originalName: true } } } } },
    });
    if (!document) throw new AppError("NOT_FOUND", "Không tìm thấy văn bản; có thể nó đã bị xóa.");
    const file = document.files.find((candidate) => candidate.mediaFileId === mediaFileId);
    if (!file) throw new AppError("NOT_FOUND", "Tệp này không còn trong văn bản; hãy tải lại trang.");
    if (document.status === "PUBLISHED" && document.files.length === 1) {
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
    return { isPublic: document.status === "PUBLISHED", originalName: file.mediaFile.originalName };
  });
}
