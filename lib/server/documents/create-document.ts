import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { assertDocumentCapability } from "@/lib/server/documents/assert-document-capability";
import { documentSlug } from "@/lib/documents/document-slug";
import type { DocumentCreateInput } from "@/lib/validations/document";

/** Adds a directive document as a draft (files come next, then the board publishes it). */
export async function createDocument({ actor, ip = null, input }: { actor: Actor; ip?: string | null; input: DocumentCreateInput }) {
  await assertDocumentCapability(actor, "documents.manage", { ip });
  return db.$transaction(async (tx) => {
    const slug = await documentSlug(tx, input.type, input.numberSymbol);
    const document = await tx.directiveDocument.create({
      data: { ...input, slug, status: "DRAFT", createdById: actor.id },
      select: { id: true, slug: true, numberSymbol: true, type: true, updatedAt: true },
    });
    await recordAudit(
      {
        action: "documents.create",
        result: "SUCCESS",
        actorId: actor.id,
        ip,
        objectType: "document",
        objectId: document.id,
        details: { numberSymbol: document.numberSymbol, type: document.type, slug: document.slug },
      },
      tx,
    );
    return document;
  });
}
