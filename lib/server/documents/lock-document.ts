import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lockRow } from "@/lib/server/db/lock-row";

export const DOCUMENT_NOT_FOUND_MESSAGE = "Không tìm thấy văn bản; có thể nó đã bị xóa.";

/**
 * Inside a transaction: the document's row lock, held until commit, so two
 * saves, a save and a publication, or two file changes queue up instead of
 * crossing. NOT_FOUND when the document is gone (deleted a moment ago).
 */
export async function lockDocument(tx: Prisma.TransactionClient, documentId: number): Promise<void> {
  await lockRow(tx, "directive_documents", documentId, DOCUMENT_NOT_FOUND_MESSAGE);
}
