import "server-only";
import { createAudited } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { authorize } from "@/lib/server/auth/authorize";
import { DOCUMENT_REFUSALS } from "@/lib/documents/refusal-messages";
import { documentSlug } from "@/lib/documents/document-slug";
import type { DocumentCreateInput } from "@/lib/validations/document";

/** Adds a directive document as a draft (files come next, then the board publishes it). */
export async function createDocument({ actor, ip = null, input }: { actor: Actor; ip?: string | null; input: DocumentCreateInput }) {
  await authorize(actor, "documents.manage", { ip, message: DOCUMENT_REFUSALS["documents.manage"] });
  return db.$transaction(async (tx) => {
    const slug = await documentSlug(tx, input.type, input.numberSymbol);
    return createAudited(
      tx,
      tx.directiveDocument.create({
        data: { ...input, slug, status: "DRAFT", createdById: actor.id },
        select: { id: true, slug: true, numberSymbol: true, type: true, updatedAt: true },
      }),
      {
        action: "documents.create",
        actorId: actor.id,
        ip,
        objectType: "document",
        details: (document) => ({ numberSymbol: document.numberSymbol, type: document.type, slug: document.slug }),
      },
    );
  });
}
