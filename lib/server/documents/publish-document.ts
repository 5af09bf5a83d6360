import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { lockDocument } from "@/lib/server/documents/lock-document";
import { authorize } from "@/lib/server/auth/authorize";
import { DOCUMENT_REFUSALS } from "@/lib/documents/refusal-messages";
import { validateNumberSymbol } from "@/lib/documents/number-symbol";
import { assertDocumentMove } from "@/lib/documents/transitions";
import { AppError } from "@/lib/errors";

/**
 * The board puts a document on the public site: it needs its number and at
 * least one attached file. The first publication's time is kept for good
 * (a document taken down and put back keeps it).
 */
export async function publishDocument({ actor, ip = null, documentId }: { actor: Actor; ip?: string | null; documentId: number }) {
  await authorize(actor, "documents.publish", { ip, object: { type: "document", id: documentId }, message: DOCUMENT_REFUSALS["documents.publish"] });
  return db.$transaction(async (tx) => {
    await lockDocument(tx, documentId);
    const document = await tx.directiveDocument.findUniqueOrThrow({
      where: { id: documentId },
      select: { status: true, slug: true, numberSymbol: true, type: true, publishedAt: true, _count: { select: { files: true } } },
    });
    const { to } = assertDocumentMove(actor, document, "publish");
    if (document._count.files === 0) {
      throw new AppError("VALIDATION", "Chưa công bố được: văn bản chưa có tệp đính kèm. Hãy tải lên ít nhất một tệp PDF hoặc Word (DOCX).");
    }
    const checked = validateNumberSymbol(document.numberSymbol, document.type);
    if (!checked.ok) throw new AppError("VALIDATION", `Chưa công bố được: ${checked.error}`);
    if (!checked.value.number) throw new AppError("VALIDATION", "Chưa công bố được: văn bản chưa có số. Hãy điền số văn bản rồi lưu trước.");
    const publishedAt = document.publishedAt ?? new Date();
    const published = await tx.directiveDocument.update({
      where: { id: documentId },
      data: { status: to, publishedAt },
      select: { id: true, slug: true, numberSymbol: true, publishedAt: true },
    });
    await recordAudit(
      {
        action: "documents.publish",
        result: "SUCCESS",
        actorId: actor.id,
        ip,
        objectType: "document",
        objectId: documentId,
        details: { numberSymbol: document.numberSymbol, slug: document.slug, from: document.status, isFirstPublication: !document.publishedAt },
      },
      tx,
    );
    return published;
  });
}
