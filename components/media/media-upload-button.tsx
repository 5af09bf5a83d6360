"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import type { UploadedMedia, UploadError } from "@/lib/media/upload-types";

type Upload = { name: string; progress: number } | null;
type Outcome = { tone: "success" | "error"; text: string } | null;

const ACCEPT = "image/jpeg,image/png,image/webp,image/gif,application/pdf,.docx,video/mp4";
const NETWORK_ERROR = "Mất kết nối khi đang tải lên. Vui lòng kiểm tra mạng và thử lại.";

/** Sends one file to /api/uploads, reporting progress (fetch cannot). */
function send(file: File, onProgress: (fraction: number) => void): Promise<{ ok: true; media: UploadedMedia } | { ok: false; error: string }> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/uploads");
    request.responseType = "json";
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      const body = request.response as UploadedMedia | UploadError | null;
      if (request.status === 201 && body && "id" in body) resolve({ ok: true, media: body });
      else resolve({ ok: false, error: body && "error" in body ? body.error : `Không tải lên được (mã lỗi ${request.status}).` });
    };
    request.onerror = () => resolve({ ok: false, error: NETWORK_ERROR });
    const form = new FormData();
    form.set("file", file);
    request.send(form);
  });
}

export function MediaUploadButton() {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [upload, setUpload] = useState<Upload>(null);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);

  async function uploadAll(files: File[]) {
    const results: Outcome[] = [];
    for (const file of files) {
      setUpload({ name: file.name, progress: 0 });
      const result = await send(file, (progress) => setUpload({ name: file.name, progress }));
      results.push(result.ok ? { tone: "success", text: `Đã tải lên “${result.media.originalName}”.` } : { tone: "error", text: `“${file.name}”: ${result.error}` });
    }
    setUpload(null);
    setOutcomes(results);
    if (input.current) input.current.value = "";
    if (results.some((result) => result?.tone === "success")) router.refresh();
  }

  return (
    <div className="space-y-2">
      <label className={buttonClass("primary", `cursor-pointer focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-red-800 ${upload ? "pointer-events-none opacity-60" : ""}`)}>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPT}
          className="sr-only"
          disabled={upload !== null}
          onChange={(event) => {
            const files = Array.from(event.currentTarget.files ?? []);
            if (files.length) void uploadAll(files);
          }}
        />
        Tải tệp lên
      </label>
      <p className="text-sm text-stone-600">Ảnh JPEG, PNG, WebP, GIF (tối đa 15 MB), PDF, Word .docx (30 MB), video MP4 (200 MB).</p>
      {upload && (
        <div role="status" className="space-y-1">
          <p className="text-sm text-stone-800">
            Đang tải lên “{upload.name}”: {Math.round(upload.progress * 100)}%
            {upload.progress >= 1 && " — đang xử lý…"}
          </p>
          <progress className="h-2 w-full accent-red-800" max={1} value={upload.progress} aria-label={`Tiến độ tải lên ${upload.name}`} />
        </div>
      )}
      {outcomes.length > 0 && (
        <ul aria-live="polite" className="space-y-1">
          {outcomes.map((outcome, index) =>
            outcome ? (
              <li
                key={index}
                role={outcome.tone === "error" ? "alert" : undefined}
                className={`rounded border px-3 py-2 text-sm ${outcome.tone === "error" ? "border-red-300 bg-red-50 text-red-900" : "border-green-300 bg-green-50 text-green-900"}`}
              >
                {outcome.text}
              </li>
            ) : null,
          )}
        </ul>
      )}
    </div>
  );
}
