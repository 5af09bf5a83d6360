import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { lockDocument } from "@/lib/server/documents/lock-document";
import { authorize } from "@/lib/server/auth/authorize";
import { DOCUMENT_REFUSALS } from "@/lib/documents/refusal-messages";
import { assertDocumentMove } from "@/lib/documents/transitions";

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
  await authorize(actor, "documents.publish", { ip, object: { type: "document", id: documentId }, message: DOCUMENT_REFUSALS["documents.publish"] });
  return db.$transaction(async (tx) => {
    await lockDocument(tx, documentId);
    const document = await tx.directiveDocument.findUniqueOrThrow({ where: { id: documentId }, select: { status: true, publishedAt: true, slug: true, numberSymbol: true } });
    const { to } = assertDocumentMove(actor, document, "unpublish");
    const unpublished = await tx.directiveDocument.update({
      where: { id: documentId },
      data: { status: to },
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
