import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { findDownloadableFile } from "@/lib/media/find-downloadable-file";
import { isValidStorageKey, storagePath } from "@/lib/media/storage";

// Serves uploaded files by storage key. Keys are generated and never reused,
// so images and videos can be cached forever and are served inline without a
// database round trip: their extension was chosen by the upload from the
// file's proved content (lib/media/sniff-file.ts), so it names the same type
// the media_files row holds, and a public page keeps its pictures even while
// the database is down. A video plays inline in <video> (a download prompt
// would break the player); it needs byte ranges to seek, served below. Every
// other file (PDF, DOCX) is an attachment under its original name with the
// row's MIME type, only while something public uses it, revalidated on each
// use so an unpublished document stops downloading at once. Streams from disk.
export const dynamic = "force-dynamic";

const CONTENT_TYPES: Record<string, string> = {
  webp: "image/webp",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  avif: "image/avif",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  doc: "application/msword",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  mp4: "video/mp4",
  webm: "video/webm",
};

type Context = { params: Promise<{ key: string[] }> };

// A file opened on its own is a document of its own: no script, no plugin,
// no fetch may run in it, whatever its bytes (a hostile upload that slipped
// past type checks stays inert). <img> and <video> on our pages are unaffected.
const MEDIA_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

const notFound = () =>
  new Response("Không tìm thấy tệp.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Content-Security-Policy": MEDIA_CSP },
  });

/** `attachment` with an ASCII fallback and the real (Vietnamese) name per RFC 5987/6266. */
function attachmentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, (c) => (c === "đ" ? "d" : "D"))
    .replace(/[^\x20-\x7e]|["\\%;]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function parseRange(header: string | null, size: number): { start: number; end: number } | "invalid" | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === "" && match[2] === "")) return "invalid";
  let start: number;
  let end: number;
  if (match[1] === "") {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  return start > end || start >= size ? "invalid" : { start, end };
}

async function serve(request: Request, context: Context, method: "GET" | "HEAD"): Promise<Response> {
  const key = (await context.params).key.join("/");
  if (!isValidStorageKey(key)) return notFound();
  const file = storagePath(key);
  const stat = await fs.promises.stat(file).catch(() => null);
  if (!stat?.isFile()) return notFound();

  const extension = path.extname(key).slice(1).toLowerCase();
  const contentType = CONTENT_TYPES[extension] ?? "application/octet-stream";
  const isImage = contentType.startsWith("image/");
  const isInline = isImage || contentType.startsWith("video/");
  const etag = `"${stat.size.toString(36)}-${Math.trunc(stat.mtimeMs).toString(36)}"`;
  const headers = new Headers({
    "Content-Type": contentType,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": MEDIA_CSP,
    "Accept-Ranges": "bytes",
    "Last-Modified": stat.mtime.toUTCString(),
    ETag: etag,
    "Cache-Control": isInline ? "public, max-age=31536000, immutable" : "public, no-cache",
  });
  if (!isInline) {
    const download = await findDownloadableFile(key);
    if (!download) return notFound();
    // Only a type we know how to serve; anything else is bytes to save.
    const known = Object.values(CONTENT_TYPES).includes(download.mimeType);
    headers.set("Content-Type", known ? download.mimeType : "application/octet-stream");
    headers.set("Content-Disposition", attachmentDisposition(download.fileName));
  }
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });

  const range = parseRange(request.headers.get("range"), stat.size);
  if (range === "invalid") {
    headers.set("Content-Range", `bytes */${stat.size}`);
    return new Response(null, { status: 416, headers });
  }
  const { start, end } = range ?? { start: 0, end: stat.size - 1 };
  headers.set("Content-Length", String(stat.size === 0 ? 0 : end - start + 1));
  if (range) headers.set("Content-Range", `bytes ${start}-${end}/${stat.size}`);
  const status = range ? 206 : 200;
  if (method === "HEAD" || stat.size === 0) return new Response(null, { status, headers });

  const stream = Readable.toWeb(fs.createReadStream(file, { start, end })) as ReadableStream<Uint8Array>;
  return new Response(stream, { status, headers });
}

export const GET = (request: Request, context: Context) => serve(request, context, "GET");
export const HEAD = (request: Request, context: Context) => serve(request, context, "HEAD");
