"use server";

import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { authorizedAction } from "@/lib/actions/authorized-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { expirePublicPages } from "@/lib/page-cache/expire-public-pages";
import { attachDocumentFile } from "@/lib/server/documents/attach-document-file";
import { createDocument } from "@/lib/server/documents/create-document";
import { deleteDocument } from "@/lib/server/documents/delete-document";
import { detachDocumentFile } from "@/lib/server/documents/detach-document-file";
import { validateNumberSymbol } from "@/lib/documents/number-symbol";
import { publishDocument } from "@/lib/server/documents/publish-document";
import { reorderDocumentFiles } from "@/lib/server/documents/reorder-document-files";
import { unpublishDocument } from "@/lib/server/documents/unpublish-document";
import { updateDocument } from "@/lib/server/documents/update-document";
import { adminPaths, documentPath } from "@/lib/urls";
import {
  documentCreateSchema,
  documentFileSchema,
  documentFilesOrderSchema,
  documentIdSchema,
  documentUnpublishSchema,
  documentUpdateSchema,
} from "@/lib/validations/document";

// Directive documents: the secretary and the board add and edit them
// (documents.manage); the board publishes and takes them down
// (documents.publish). The public list, pages, home block, search and
// sitemap read documents through caches tagged CACHE_TAGS.documents: every
// change a reader could see expires the tag at once (updateTag).

function refresh({ isPublic }: { isPublic: boolean }) {
  if (isPublic) {
    updateTag(CACHE_TAGS.documents);
    expirePublicPages();
  }
  revalidatePath(adminPaths.documents, "layout");
}

/** The number/symbol's warnings (not errors) after a save, as one sentence each. */
function withWarnings(message: string, numberSymbol: string, type: Parameters<typeof validateNumberSymbol>[1]): string {
  const checked = validateNumberSymbol(numberSymbol, type);
  const warnings = checked.ok ? checked.warnings : [];
  return warnings.length > 0 ? `${message} Lưu ý: ${warnings.join(" ")}` : message;
}

export type SavedDocument = { updatedAt: string };

const create = authorizedAction("documents.manage", documentCreateSchema, async (input, { actor, ip }) => {
  const document = await createDocument({ actor, ip, input });
  refresh({ isPublic: false });
  redirect(`${adminPaths.document(document.id)}?da-tao=1`);
});

const update = authorizedAction<typeof documentUpdateSchema, SavedDocument>("documents.manage", documentUpdateSchema, async (input, { actor, ip }) => {
  const { document, isPublic } = await updateDocument({ actor, ip, input });
  refresh({ isPublic });
  const saved = isPublic ? "Đã lưu văn bản; trang công khai đã cập nhật." : "Đã lưu văn bản.";
  return { ok: true, message: withWarnings(saved, document.numberSymbol, document.type), data: { updatedAt: document.updatedAt.toISOString() } };
});

const publish = authorizedAction("documents.publish", documentIdSchema, async (input, { actor, ip }) => {
  const document = await publishDocument({ actor, ip, documentId: input.documentId });
  refresh({ isPublic: true });
  return { ok: true, message: `Đã công bố văn bản số ${document.numberSymbol} tại ${documentPath(document.slug)}.` };
});

const unpublish = authorizedAction("documents.publish", documentUnpublishSchema, async (input, { actor, ip }) => {
  const document = await unpublishDocument({ actor, ip, documentId: input.documentId, reason: input.reason });
  refresh({ isPublic: true });
  return { ok: true, message: `Đã gỡ văn bản số ${document.numberSymbol} khỏi trang công khai; hồ sơ vẫn được giữ.` };
});

const remove = authorizedAction("documents.manage", documentIdSchema, async (input, { actor, ip }) => {
  await deleteDocument({ actor, ip, documentId: input.documentId });
  refresh({ isPublic: false });
  redirect(`${adminPaths.documents}?da-xoa=1`);
});

const attach = authorizedAction("documents.manage", documentFileSchema, async (input, { actor, ip }) => {
  const { isPublic, originalName } = await attachDocumentFile({ actor, ip, ...input });
  refresh({ isPublic });
  return { ok: true, message: `Đã đính kèm “${originalName}”.` };
});

const detach = authorizedAction("documents.manage", documentFileSchema, async (input, { actor, ip }) => {
  const { isPublic, originalName } = await detachDocumentFile({ actor, ip, ...input });
  refresh({ isPublic });
  return { ok: true, message: `Đã gỡ tệp “${originalName}” khỏi văn bản.` };
});

const reorder = authorizedAction("documents.manage", documentFilesOrderSchema, async (input, { actor, ip }) => {
  const { isPublic } = await reorderDocumentFiles({ actor, ip, documentId: input.documentId, order: input.order });
  refresh({ isPublic });
  return { ok: true, message: "Đã đổi thứ tự tệp." };
});

export async function createDocumentAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return create(formData);
}

export async function updateDocumentAction(_previous: ActionResult<SavedDocument>, formData: FormData): Promise<ActionResult<SavedDocument>> {
  return update(formData);
}

export async function publishDocumentAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return publish(formData);
}

export async function unpublishDocumentAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return unpublish(formData);
}

export async function deleteDocumentAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return remove(formData);
}

/** Called by the upload island once POST /api/uploads has stored the file. */
export async function attachDocumentFileAction(input: { documentId: number; mediaFileId: number }): Promise<ActionResult> {
  return attach(input);
}

export async function detachDocumentFileAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return detach(formData);
}

export async function reorderDocumentFilesAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return reorder(formData);
}
