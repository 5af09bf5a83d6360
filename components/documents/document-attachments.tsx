import { fileFormatLabel, formatFileSize } from "@/lib/media/format-file-size";
import type { DocumentAttachment } from "@/lib/server/documents/get-published-document";
import { mediaPath } from "@/lib/urls";

export function DocumentAttachments({ files }: { files: DocumentAttachment[] }) {
  if (files.length === 0) return <p className="text-stone-700">Văn bản này chưa có tệp đính kèm.</p>;
  return (
    <ul className="space-y-2">
      {files.map((file) => (
        <li key={file.storageKey}>
          <a
            href={mediaPath(file.storageKey)}
            download={file.originalName}
            className="flex min-h-11 flex-wrap items-center gap-x-3 gap-y-1 rounded border border-stone-300 bg-white px-4 py-2 hover:border-brand hover:bg-red-50"
          >
            <span aria-hidden="true" className="rounded bg-brand px-1.5 py-0.5 text-xs font-bold text-white">
              {fileFormatLabel(file.mimeType, file.originalName).split(" ")[0]}
            </span>
            <span className="font-semibold break-all text-brand underline-offset-2 hover:underline">
              Tải về: {file.originalName}
            </span>
            <span className="text-sm text-stone-600">
              ({fileFormatLabel(file.mimeType, file.originalName)}, {formatFileSize(file.sizeBytes)})
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
