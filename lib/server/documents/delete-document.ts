import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { assertDocumentCapability } from "@/lib/server/documents/assert-document-capability";
import { AppError } from "@/lib/errors";

/**
 * Deletes a draft that was never public (a mistaken entry). A document that
 * has ever been published is history: it can be taken down, never deleted.
 * Its uploaded files stay in the media store.
 */
export async function deleteDocument({ actor, ip = null, documentId }: { actor: Actor; ip?: string | null; documentId: number }) {
  await assertDocumentCapability(actor, "documents.manage", { ip, documentId });
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM directive_documents WHERE id = ${documentId} FOR UPDATE`;
    const document = await tx.directiveDocument.findUnique({
      where: { id: documentId },
      select: { status: true, publishedAt: true, slug: true, numberSymbol: true, type: true, summary: true, files: { select: { mediaFileId: true } } },
    });
    if (!document) throw new AppError("NOT_FOUND", "Không tìm thấy văn bản; có thể nó đã bị xóa.");
    if (document.status !== "DRAFT" || document.publishedAt) {
      throw new AppError(
        "INVALID_TRANSITION",
        document.status === "PUBLISHED"
          ? "Không xóa được văn bản đã công bố. Hãy gỡ văn bản để ẩn khỏi trang công khai; hồ sơ vẫn được giữ."
          : "Không xóa được văn bản đã từng công bố: hồ sơ của nó được giữ lại.",
      );
    }
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
