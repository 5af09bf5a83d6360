import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/content/dates";
import { db } from "@/lib/db";
import { lockDocument } from "@/lib/server/documents/lock-document";
import { isPublicDocument } from "@/lib/server/documents/public-document";
import { authorize } from "@/lib/server/auth/authorize";
import { DOCUMENT_REFUSALS } from "@/lib/documents/refusal-messages";
import { documentSlug, documentSlugBase } from "@/lib/documents/document-slug";
import { parseNumberSymbol } from "@/lib/documents/number-symbol";
import { AppError } from "@/lib/errors";
import type { DocumentUpdateInput } from "@/lib/validations/document";

const FIELDS = ["numberSymbol", "type", "issuingBody", "issuedAt", "effectiveAt", "summary", "signerName", "slug"] as const;

const plain = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : (value ?? null));

/**
 * Saves the form's fields. A form loaded before someone else's save is
 * refused, never silently overwritten. A document never published follows
 * its number into its slug; once public, its address stays put.
 */
export async function updateDocument({ actor, ip = null, input }: { actor: Actor; ip?: string | null; input: DocumentUpdateInput }) {
  const { documentId, expectedUpdatedAt, ...fields } = input;
  await authorize(actor, "documents.manage", { ip, object: { type: "document", id: documentId }, message: DOCUMENT_REFUSALS["documents.manage"] });
  return db.$transaction(async (tx) => {
    await lockDocument(tx, documentId);
    const before = await tx.directiveDocument.findUniqueOrThrow({ where: { id: documentId } });
    if (expectedUpdatedAt && before.updatedAt.toISOString() !== new Date(expectedUpdatedAt).toISOString()) {
      throw new AppError(
        "CONFLICT",
        `Văn bản vừa được sửa lúc ${formatDateTime(before.updatedAt)}; thay đổi của bạn chưa được lưu. Hãy tải lại trang để xem bản mới rồi sửa tiếp.`,
      );
    }
    if (isPublicDocument(before)) {
      const parsed = parseNumberSymbol(fields.numberSymbol);
      if (parsed.ok && !parsed.value.number) throw new AppError("VALIDATION", "Văn bản đang công bố phải có số văn bản.");
    }
    const renames = !before.publishedAt && documentSlugBase(fields.type, fields.numberSymbol) !== documentSlugBase(before.type, before.numberSymbol);
    const slug = renames ? await documentSlug(tx, fields.type, fields.numberSymbol, documentId) : before.slug;
    const after = await tx.directiveDocument.update({ where: { id: documentId }, data: { ...fields, slug } });
    const changed = FIELDS.filter((field) => plain(before[field]) !== plain(after[field]));
    if (changed.length > 0) {
      await recordAudit(
        {
          action: "documents.update",
          result: "SUCCESS",
          actorId: actor.id,
          ip,
          objectType: "document",
          objectId: documentId,
          details: {
            numberSymbol: after.numberSymbol,
            from: Object.fromEntries(changed.map((field) => [field, plain(before[field])])),
            to: Object.fromEntries(changed.map((field) => [field, plain(after[field])])),
          },
        },
        tx,
      );
    }
    return { document: after, isPublic: isPublicDocument(after), hasChanged: changed.length > 0 };
  });
}
