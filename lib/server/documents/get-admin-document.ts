import "server-only";
import { db } from "@/lib/db";
import { documentFieldsSelect } from "@/lib/server/documents/document-fields-select";

const HISTORY_LENGTH = 20;

/** One document as the back office edits it: fields, files in order, who made it, and its recent history. */
export async function getAdminDocument(documentId: number) {
  const document = await db.directiveDocument.findUnique({
    where: { id: documentId },
    select: {
      id: true,
      ...documentFieldsSelect,
      status: true,
      publishedAt: true,
      createdAt: true,
      updatedAt: true,
      createdBy: { select: { id: true, name: true } },
      files: {
        orderBy: [{ sortOrder: "asc" }, { mediaFileId: "asc" }],
        select: {
          mediaFile: { select: { id: true, kind: true, storageKey: true, originalName: true, mimeType: true, sizeBytes: true, createdAt: true } },
        },
      },
    },
  });
  if (!document) return null;
  const history = await db.auditLog.findMany({
    where: { objectType: "document", objectId: String(documentId), result: "SUCCESS" },
    orderBy: { at: "desc" },
    take: HISTORY_LENGTH,
    select: { id: true, at: true, action: true, details: true, actor: { select: { name: true } } },
  });
  return { ...document, files: document.files.map((file) => file.mediaFile), history };
}

export type AdminDocument = NonNullable<Awaited<ReturnType<typeof getAdminDocument>>>;
export type AdminDocumentFile = AdminDocument["files"][number];
