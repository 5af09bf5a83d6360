import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { DOCUMENT_REFUSALS } from "@/lib/documents/refusal-messages";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorize } from "@/lib/server/auth/authorize";
import type { AuditEntry } from "@/lib/server/audit/record-audit";
import { lockDocument } from "@/lib/server/documents/lock-document";

/** What a change of a document gets: its transaction, the row as loaded under the lock, and the audit row's common part. */
export type DocumentChange<Document> = {
  tx: Prisma.TransactionClient;
  document: Document;
  /** Spread into recordAudit with the action and its details. */
  audit: Omit<AuditEntry, "action" | "details">;
};

/** Who changes which document's files. */
export type DocumentFileChange = { actor: Actor; ip?: string | null; documentId: number; mediaFileId: number };

/**
 * How every back-office change of a document starts: the actor may manage
 * documents (asked before the transaction opens), then, in one transaction,
 * the document's row lock and the document itself, read under it (every
 * column unless `select` narrows it).
 */
export async function changeDocument<const Select extends Prisma.DirectiveDocumentSelect | undefined = undefined, Result = unknown>(
  { actor, ip, documentId, select }: { actor: Actor; ip: string | null; documentId: number; select?: Select },
  change: (context: DocumentChange<Prisma.DirectiveDocumentGetPayload<{ select: Select }>>) => Promise<Result>,
): Promise<Result> {
  await authorize(actor, "documents.manage", { ip, object: { type: "document", id: documentId }, message: DOCUMENT_REFUSALS["documents.manage"] });
  return db.$transaction(async (tx) => {
    await lockDocument(tx, documentId);
    const document = (await tx.directiveDocument.findUniqueOrThrow({ where: { id: documentId }, select })) as Prisma.DirectiveDocumentGetPayload<{ select: Select }>;
    return change({ tx, document, audit: { result: "SUCCESS", actorId: actor.id, ip, objectType: "document", objectId: documentId } });
  });
}
