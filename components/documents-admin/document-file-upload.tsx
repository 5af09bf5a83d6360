"use client";

import { useRouter } from "next/navigation";
import { useState, type ChangeEvent } from "react";
import { DOCUMENT_FILES_TEXT as TEXT } from "@/components/documents-admin/labels";
import { FileField } from "@/components/ui/file-field";
import { uploadDocumentFile } from "@/components/documents-admin/upload-document-file";
import { attachDocumentFileAction } from "@/lib/actions/documents";

type Upload = { key: string; name: string; percent: number; state: "uploading" | "attaching" | "done" | "failed"; message?: string };

/**
 * Picks PDF/DOCX files, sends each to POST /api/uploads with a progress bar,
 * then attaches it to the document; the list above refreshes when all are in.
 */
export function DocumentFileUpload({ documentId }: { documentId: number }) {
  const router = useRouter();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const isBusy = uploads.some((upload) => upload.state === "uploading" || upload.state === "attaching");

  const change = (key: string, patch: Partial<Upload>) =>
    setUploads((current) => current.map((upload) => (upload.key === key ? { ...upload, ...patch } : upload)));

  async function send(file: File, key: string) {
    const uploaded = await uploadDocumentFile(file, (fraction) => change(key, { percent: Math.round(fraction * 100) }));
    if (!uploaded.ok) return change(key, { state: "failed", message: uploaded.error });
    change(key, { state: "attaching", percent: 100 });
    const attached = await attachDocumentFileAction({ documentId, mediaFileId: uploaded.data.id });
    change(key, attached.ok ? { state: "done", message: TEXT.attached(file.name) } : { state: "failed", message: attached.error });
  }

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    input.value = "";
    if (files.length === 0) return;
    const batch = files.map((file, index) => ({ file, key: `${Date.now()}-${index}-${file.name}` }));
    setUploads(batch.map(({ file, key }) => ({ key, name: file.name, percent: 0, state: "uploading" })));
    // One at a time: a slow rural line shares its bandwidth badly.
    for (const { file, key } of batch) await send(file, key);
    router.refresh();
  }

  return (
    <div className="space-y-2">
      <FileField
        label={TEXT.uploadLabel}
        hint={TEXT.uploadHint}
        multiple
        accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        disabled={isBusy}
        onChange={onChange}
      />
      <noscript>
        <p className="text-sm text-red-800">{TEXT.noScript}</p>
      </noscript>
      {uploads.length > 0 && (
        <ul className="space-y-2" aria-live="polite">
          {uploads.map((upload) => (
            <li key={upload.key} className="text-sm">
              {upload.state === "uploading" && (
                <>
                  <span>{TEXT.uploading(upload.name, upload.percent)}</span>
                  <progress className="mt-1 block h-2 w-full accent-brand" max={100} value={upload.percent} aria-label={upload.name} />
                </>
              )}
              {upload.state === "attaching" && <span>{TEXT.attaching(upload.name)}</span>}
              {upload.state === "done" && <span className="text-green-800">{upload.message}</span>}
              {upload.state === "failed" && (
                <span role="alert" className="text-red-800">
                  {upload.name}: {upload.message}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
