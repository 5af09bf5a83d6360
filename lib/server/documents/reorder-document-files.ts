import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { assertDocumentCapability } from "@/lib/server/documents/assert-document-capability";
import { AppError } from "@/lib/errors";

/**
 * Puts the document's files in the given order (media ids, first to last).
 * The list must name exactly the files attached now: one built from a stale
 * page is refused rather than guessed at.
 */
export async function reorderDocumentFiles({
  actor,
  ip = null,
  documentId,
  order,
}: {
  actor: Actor;
  ip?: string | null;
  documentId: number;
  order: readonly number[];
}) {
  await assertDocumentCapability(actor, "documents.manage", { ip, documentId });
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM directive_documents WHERE id = ${documentId} FOR UPDATE`;
    const document = await tx.directiveDocument.findUnique({
      where: { id: documentId },
      select: { status: true, numberSymbol: true, files: { orderBy: [{ sortOrder: "asc" }, { mediaFileId: "asc" }], select: { mediaFileId: true } } },
    });
    if (!document) throw new AppError("NOT_FOUND", "Không tìm thấy văn bản; có thể nó đã bị xóa.");
    const current = document.files.map((file) => file.mediaFileId);
    const isSameSet = order.length === current.length && new Set(order).size === order.length && order.every((id) => current.includes(id));
    if (!isSameSet) throw new AppError("CONFLICT", "Danh sách tệp vừa thay đổi; hãy tải lại trang rồi sắp xếp lại.");
    const isUnchanged = order.every((id, index) => id === current[index]);
    if (!isUnchanged) {
      for (const [index, mediaFileId] of order.entries()) {
        await tx.documentFile.update({ where: { documentId_mediaFileId: { documentId, mediaFileId } }, data: { sortOrder: index } });
      }
      await recordAudit(
        {
          action: "documents.reorder-files",
          result: "SUCCESS",
          actorId: actor.id,
          ip,
          objectType: "document",
          objectId: documentId,
          details: { numberSymbol: document.numberSymbol, from: current, to: [...order] },
        },
        tx,
      );
    }
    return { isPublic: document.status === "PUBLISHED", hasChanged: !isUnchanged };
  });
}
