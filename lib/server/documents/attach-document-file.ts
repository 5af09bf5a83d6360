import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { changeDocument, type DocumentFileChange } from "@/lib/server/documents/change-document";
import { isPublicDocument } from "@/lib/server/documents/public-document";
import { AppError } from "@/lib/errors";
import type { MediaKind } from "@/lib/generated/prisma/enums";

export const MAX_DOCUMENT_FILES = 20;
export const DOCUMENT_FILE_KINDS: readonly MediaKind[] = ["PDF", "DOCX"];

/** Attaches an uploaded PDF or DOCX (a MediaFile from POST /api/uploads) at the end of the document's files. */
export async function attachDocumentFile({ actor, ip = null, documentId, mediaFileId }: DocumentFileChange) {
  const select = { status: true, numberSymbol: true, files: { select: { mediaFileId: true, sortOrder: true } } } as const;
  return changeDocument({ actor, ip, documentId, select }, async ({ tx, document, audit }) => {
    const media = await tx.mediaFile.findUnique({ where: { id: mediaFileId }, select: { kind: true, originalName: true } });
    if (!media) throw new AppError("NOT_FOUND", "Không tìm thấy tệp vừa tải lên; hãy tải lên lại.");
    if (!DOCUMENT_FILE_KINDS.includes(media.kind)) throw new AppError("VALIDATION", "Văn bản chỉ đính kèm được tệp PDF hoặc Word (DOCX).");
    if (document.files.some((file) => file.mediaFileId === mediaFileId)) {
      throw new AppError("VALIDATION", `Tệp “${media.originalName}” đã có trong văn bản này.`);
    }
    if (document.files.length >= MAX_DOCUMENT_FILES) throw new AppError("VALIDATION", `Mỗi văn bản đính kèm tối đa ${MAX_DOCUMENT_FILES} tệp.`);
    const sortOrder = Math.max(-1, ...document.files.map((file) => file.sortOrder)) + 1;
    await tx.documentFile.create({ data: { documentId, mediaFileId, sortOrder } });
    const details = { numberSymbol: document.numberSymbol, mediaFileId, originalName: media.originalName };
    await recordAudit({ ...audit, action: "documents.attach-file", details }, tx);
    return { isPublic: isPublicDocument(document), originalName: media.originalName };
  });
}
