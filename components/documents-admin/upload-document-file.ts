// The browser side of POST /api/uploads for a document's files (contract in
// lib/media/upload-types.ts): XMLHttpRequest, because a scanned directive on
// a rural connection needs a progress bar, which fetch cannot give.
import { DOCUMENT_FILES_TEXT as TEXT } from "@/components/documents-admin/labels";
import { MAX_BYTES, megabytes } from "@/lib/media/upload-limits";
import type { UploadedMedia } from "@/lib/media/upload-types";

export type UploadResult = { ok: true; data: UploadedMedia } | { ok: false; error: string };

/** Quick checks before sending; the server checks the content itself. */
export function precheckDocumentFile(file: File): string | null {
  const isPdf = file.type === "application/pdf" || /\.pdf$/i.test(file.name);
  const isDocx = /\.docx$/i.test(file.name);
  if (!isPdf && !isDocx) return TEXT.notDocument;
  const limit = isPdf ? MAX_BYTES.PDF : MAX_BYTES.DOCX;
  return file.size > limit ? TEXT.tooLarge(megabytes(limit)) : null;
}

const errorOf = (body: unknown): string | null =>
  body && typeof body === "object" && typeof (body as { error?: unknown }).error === "string" ? (body as { error: string }).error : null;

export function uploadDocumentFile(file: File, onProgress: (fraction: number) => void): Promise<UploadResult> {
  const refused = precheckDocumentFile(file);
  if (refused) return Promise.resolve({ ok: false, error: refused });
  const form = new FormData();
  form.set("accept", "document");
  // The file last: the server reads the small fields before the stream.
  form.set("file", file);
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/uploads?accept=document");
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = null;
      }
      if (request.status === 201 && body && typeof (body as UploadedMedia).id === "number") resolve({ ok: true, data: body as UploadedMedia });
      else resolve({ ok: false, error: errorOf(body) ?? TEXT.failed });
    };
    request.onerror = () => resolve({ ok: false, error: TEXT.network });
    request.onabort = () => resolve({ ok: false, error: TEXT.failed });
    request.send(form);
  });
}
