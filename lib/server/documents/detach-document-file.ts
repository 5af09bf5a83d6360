import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { changeDocument, type DocumentFileChange } from "@/lib/server/documents/change-document";
import { isPublicDocument } from "@/lib/server/documents/public-document";
import { AppError } from "@/lib/errors";

/**
 * Removes a file from a document (the stored file itself stays). A published
 * document keeps at least one file: readers come for the text.
 */
export async function detachDocumentFile({ actor, ip = null, documentId, mediaFileId }: DocumentFileChange) {
  const select = { status: true, numberSymbol: true, files: { select: { mediaFileId: true, mediaFile: { select: { originalName: true } } } } } as const;
  return changeDocument({ actor, ip, documentId, select }, async ({ tx, document, audit }) => {
    const file = document.files.find((candidate) => candidate.mediaFileId === mediaFileId);
    if (!file) throw new AppError("NOT_FOUND", "Tệp này không còn trong văn bản; hãy tải lại trang.");
    if (isPublicDocument(document) && document.files.length === 1) {
      throw new AppError(
        "VALIDATION",
        "Văn bản đang công bố phải có ít nhất một tệp đính kèm: hãy tải lên tệp thay thế trước, hoặc gỡ văn bản rồi mới gỡ tệp.",
      );
    }
    await tx.documentFile.delete({ where: { documentId_mediaFileId: { documentId, mediaFileId } } });
    const details = { numberSymbol: document.numberSymbol, mediaFileId, originalName: file.mediaFile.originalName };
    await recordAudit({ ...audit, action: "documents.detach-file", details }, tx);
    return { isPublic: isPublicDocument(document), originalName: file.mediaFile.originalName };
  });
}
