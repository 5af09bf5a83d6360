import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { assertDocumentCapability } from "@/lib/server/documents/assert-document-capability";
import { AppError } from "@/lib/errors";

/** Takes a published document off the public site; the record, its files and its history stay. */
export async function unpublishDocument({
  actor,
  ip = null,
  documentId,
  reason = null,
}: {
  actor: Actor;
  ip?: string | null;
  documentId: number;
  reason?: string | null;
}) {
  await assertDocumentCapability(actor, "documents.publish", { ip, documentId });
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM directive_documents WHERE id = ${documentId} FOR UPDATE`;
    const document = await tx.directiveDocument.findUnique({ where: { id: documentId }, select: { status: true, slug: true, numberSymbol: true } });
    if (!document) throw new AppError("NOT_FOUND", "Không tìm thấy văn bản; có thể nó đã bị xóa.");
    if (document.status !== "PUBLISHED") throw new AppError("INVALID_TRANSITION", "Văn bản này không ở trạng thái công bố.");
    const unpublished = await tx.directiveDocument.update({
      where: { id: documentId },
      data: { status: "UNPUBLISHED" },
      select: { id: true, slug: true, numberSymbol: true, status: true },
    });
    await recordAudit(
      {
        action: "documents.unpublish",
        result: "SUCCESS",
        actorId: actor.id,
        ip,
        objectType: "document",
        objectId: documentId,
        details: { numberSymbol: document.numberSymbol, slug: document.slug, reason },
      },
      tx,
    );
    return unpublished;
  });
}
