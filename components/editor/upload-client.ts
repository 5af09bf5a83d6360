// The browser side of /api/uploads and /api/imports/docx (contract in
// lib/media/upload-types.ts). XMLHttpRequest for uploads: a 200 MB clip on a
// rural connection needs a progress bar, which fetch cannot give.
import { MAX_BYTES, megabytes } from "@/lib/media/upload-limits";
import type { DocxImport, MediaPage, UploadedMedia } from "@/lib/media/upload-types";

export type Result<T> = { ok: true; data: T } | { ok: false; error: string };

export const UPLOAD_TEXT = {
  network: "Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.",
  failed: "Tải tệp lên không thành công. Vui lòng thử lại.",
  tooLarge: (mb: number) => `Tệp lớn hơn ${mb} MB, không tải lên được.`,
  notImage: "Tệp này không phải ảnh (JPG, PNG, WebP hoặc GIF).",
  notVideo: "Chỉ tải lên được video MP4.",
  notDocx: "Chỉ nhập được tệp Word .docx (tệp .doc cũ: mở bằng Word rồi lưu lại thành .docx).",
} as const;

export type UploadAccept = "image" | "video";

function errorFrom(status: number, body: unknown, fallback: string): string {
  if (body && typeof body === "object" && typeof (body as { error?: unknown }).error === "string") return (body as { error: string }).error;
  if (status === 413) return UPLOAD_TEXT.failed;
  return fallback;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Quick checks before sending; the server checks the content itself. */
export function precheckFile(file: File, accept: UploadAccept | "docx"): string | null {
  if (accept === "image") {
    if (!/^image\/(jpeg|png|webp|gif)$/.test(file.type) && !/\.(jpe?g|png|webp|gif)$/i.test(file.name)) return UPLOAD_TEXT.notImage;
    if (file.size > MAX_BYTES.IMAGE) return UPLOAD_TEXT.tooLarge(megabytes(MAX_BYTES.IMAGE));
  } else if (accept === "video") {
    if (file.type !== "video/mp4" && !/\.mp4$/i.test(file.name)) return UPLOAD_TEXT.notVideo;
    if (file.size > MAX_BYTES.VIDEO) return UPLOAD_TEXT.tooLarge(megabytes(MAX_BYTES.VIDEO));
  } else {
    if (!/\.docx$/i.test(file.name)) return UPLOAD_TEXT.notDocx;
    if (file.size > MAX_BYTES.DOCX) return UPLOAD_TEXT.tooLarge(megabytes(MAX_BYTES.DOCX));
  }
  return null;
}

function postFile<T>(url: string, form: FormData, onProgress?: (fraction: number) => void): Promise<Result<T>> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.responseType = "text";
    if (onProgress) request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      const body = parseJson(request.responseText);
      if (request.status >= 200 && request.status < 300 && body) resolve({ ok: true, data: body as T });
      else resolve({ ok: false, error: errorFrom(request.status, body, UPLOAD_TEXT.failed) });
    };
    request.onerror = () => resolve({ ok: false, error: UPLOAD_TEXT.network });
    request.onabort = () => resolve({ ok: false, error: UPLOAD_TEXT.failed });
    request.send(form);
  });
}

export function uploadMedia(
  file: File,
  accept: UploadAccept,
  text: { alt?: string; caption?: string } = {},
  onProgress?: (fraction: number) => void,
): Promise<Result<UploadedMedia>> {
  const form = new FormData();
  form.set("accept", accept);
  if (text.alt) form.set("alt", text.alt);
  if (text.caption) form.set("caption", text.caption);
  // The file last: the server reads the small fields before the stream.
  form.set("file", file);
  return postFile<UploadedMedia>(`/api/uploads?accept=${accept}`, form, onProgress);
}

export function importDocx(file: File, onProgress?: (fraction: number) => void): Promise<Result<DocxImport>> {
  const form = new FormData();
  form.set("file", file);
  return postFile<DocxImport>("/api/imports/docx", form, onProgress);
}

export async function fetchImageLibrary(query: string, page: number): Promise<Result<MediaPage>> {
  const params = new URLSearchParams({ kind: "IMAGE", trang: String(page) });
  if (query.trim()) params.set("q", query.trim());
  try {
    const response = await fetch(`/api/uploads?${params}`, { headers: { accept: "application/json" }, cache: "no-store" });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok || !body) return { ok: false, error: errorFrom(response.status, body, UPLOAD_TEXT.failed) };
    return { ok: true, data: body as MediaPage };
  } catch {
    return { ok: false, error: UPLOAD_TEXT.network };
  }
}
