import { ActionButton } from "@/components/admin/action-button";
import { EmptyState } from "@/components/ui/empty-state";
import { DocumentFileUpload } from "@/components/documents-admin/document-file-upload";
import { RemoveDocumentFile } from "@/components/documents-admin/remove-document-file";
import { DOCUMENT_FILES_TEXT as TEXT } from "@/components/documents-admin/labels";
import { reorderDocumentFilesAction } from "@/lib/actions/documents";
import { fileFormatLabel, formatFileSize } from "@/lib/media/format-file-size";
import type { AdminDocumentFile } from "@/lib/server/documents/get-admin-document";
import { mediaPath } from "@/lib/urls";

/** The order after moving the file at `index` one place up or down, as the reorder action takes it. */
function orderAfterMove(ids: number[], index: number, step: -1 | 1): string {
  const order = [...ids];
  const [moved] = order.splice(index, 1);
  order.splice(index + step, 0, moved!);
  return order.join(",");
}

export function DocumentFiles({ documentId, files, isPublished }: { documentId: number; files: AdminDocumentFile[]; isPublished: boolean }) {
  const ids = files.map((file) => file.id);
  return (
    <section aria-labelledby="tep-dinh-kem" className="space-y-3 rounded border border-stone-200 bg-white p-4 sm:p-6">
      <h2 id="tep-dinh-kem" className="text-lg font-bold">
        {TEXT.heading}
      </h2>
      {files.length === 0 ? (
        <EmptyState>{TEXT.empty}</EmptyState>
      ) : (
        <ol className="divide-y divide-stone-200 rounded border border-stone-200">
          {files.map((file, index) => (
            <li key={file.id} className="flex flex-wrap items-center gap-3 p-3">
              <div className="min-w-0 flex-1 basis-60">
                <p className="font-semibold break-words text-stone-900">
                  <span className="sr-only">Tệp {index + 1}: </span>
                  {file.originalName}
                </p>
                <p className="text-sm text-stone-600">
                  {fileFormatLabel(file.mimeType, file.originalName)} · {formatFileSize(file.sizeBytes)} ·{" "}
                  {isPublished ? (
                    <a href={mediaPath(file.storageKey)} className="text-brand underline-offset-2 hover:underline" download>
                      {TEXT.download}
                    </a>
                  ) : (
                    TEXT.draftDownload
                  )}
                </p>
              </div>
              <div className="flex flex-wrap items-start gap-2">
                <ActionButton
                  action={reorderDocumentFilesAction}
                  fields={{ documentId, order: index > 0 ? orderAfterMove(ids, index, -1) : "" }}
                  label={`${TEXT.moveUp}: ${file.originalName}`}
                  disabled={index === 0}
                >
                  ↑
                </ActionButton>
                <ActionButton
                  action={reorderDocumentFilesAction}
                  fields={{ documentId, order: index < files.length - 1 ? orderAfterMove(ids, index, 1) : "" }}
                  label={`${TEXT.moveDown}: ${file.originalName}`}
                  disabled={index === files.length - 1}
                >
                  ↓
                </ActionButton>
                <RemoveDocumentFile documentId={documentId} mediaFileId={file.id} name={file.originalName} />
              </div>
            </li>
          ))}
        </ol>
      )}
      <DocumentFileUpload documentId={documentId} />
    </section>
  );
}
