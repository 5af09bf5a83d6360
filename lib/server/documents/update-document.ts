import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { changedFields } from "@/lib/audit/changed-fields";
import type { Actor } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/content/dates";
import { changeDocument } from "@/lib/server/documents/change-document";
import { isPublicDocument } from "@/lib/server/documents/public-document";
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
  return changeDocument({ actor, ip, documentId }, async ({ tx, document: before, audit }) => {
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
    const { changed, from, to } = changedFields(before, after, FIELDS, plain);
    if (changed.length > 0) await recordAudit({ ...audit, action: "documents.update", details: { numberSymbol: after.numberSymbol, from, to } }, tx);
    return { document: after, isPublic: isPublicDocument(after), hasChanged: changed.length > 0 };
  });
}
