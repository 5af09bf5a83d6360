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
  await authorize(actor, "documents.manage", { ip, object: { type: "document", id: documentId }, message: DOCUMENT_REFUSALS["documents.manage"] });
  return db.$transaction(async (tx) => {
    await lockDocument(tx, documentId);
    const document = await tx.directiveDocument.findUniqueOrThrow({
      where: { id: documentId },
      select: { status: true, numberSymbol: true, files: { orderBy: [{ sortOrder: "asc" }, { mediaFileId: "asc" }], select: { mediaFileId: true } } },
    });
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
    return { isPublic: isPublicDocument(document), hasChanged: !isUnchanged };
  });
}
