import path from "node:path";
import { findDownloadableFile } from "@/lib/server/media/find-downloadable-file";
import { isValidStorageKey, mediaStore } from "@/lib/server/media/storage";

// Serves uploaded files by storage key. Keys are generated and never reused,
// so images and videos can be cached forever and are served inline without a
// database round trip: their extension was chosen by the upload from the
// file's proved content (lib/media/sniff-file.ts), so it names the same type
// the media_files row holds, and a public page keeps its pictures even while
// the database is down. A video plays inline in <video> (a download prompt
// would break the player); it needs byte ranges to seek, served below. Every
// other file (PDF, DOCX) is an attachment under its original name with the
// row's MIME type, only while something public uses it, revalidated on each
// use so an unpublished document stops downloading at once. Streams from the
// media store (UPLOAD_DIR or the shared bucket), never buffering a whole file.
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

// The shared bucket (MEDIA_STORAGE=s3) down or unreachable: a clean answer the
// browser may retry, never a hung request or a stack trace.
const storeUnavailable = () =>
  new Response("Kho tệp tạm thời không trả lời, vui lòng thử lại sau.", {
    status: 503,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "5", "Cache-Control": "no-store", "Content-Security-Policy": MEDIA_CSP },
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
  const extension = path.extname(key).slice(1).toLowerCase();
  const contentType = CONTENT_TYPES[extension] ?? "application/octet-stream";
  const isInline = contentType.startsWith("image/") || contentType.startsWith("video/");
  const download = isInline ? null : await findDownloadableFile(key);
  if (!isInline && !download) return notFound();

  const store = await mediaStore();
  const rangeHeader = request.headers.get("range");
  // A plain GET is one read from the store; a range, a revalidation or a HEAD needs the size or ETag first.
  const needsInfo = method === "HEAD" || rangeHeader !== null || request.headers.has("if-none-match");
  const opened = needsInfo ? null : await store.get(key);
  const stat = opened ?? (needsInfo ? await store.head(key) : null);
  if (!stat) return notFound();

  const headers = new Headers({
    "Content-Type": contentType,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": MEDIA_CSP,
    "Accept-Ranges": "bytes",
    ETag: stat.etag,
    "Cache-Control": isInline ? "public, max-age=31536000, immutable" : "public, no-cache",
  });
  if (stat.lastModified) headers.set("Last-Modified", stat.lastModified.toUTCString());
  if (download) {
    // Only a type we know how to serve; anything else is bytes to save.
    const known = Object.values(CONTENT_TYPES).includes(download.mimeType);
    headers.set("Content-Type", known ? download.mimeType : "application/octet-stream");
    headers.set("Content-Disposition", attachmentDisposition(download.fileName));
  }
  if (request.headers.get("if-none-match") === stat.etag) return new Response(null, { status: 304, headers });

  const range = parseRange(rangeHeader, stat.size);
  if (range === "invalid") {
    headers.set("Content-Range", `bytes */${stat.size}`);
    return new Response(null, { status: 416, headers });
  }
  const { start, end } = range ?? { start: 0, end: stat.size - 1 };
  headers.set("Content-Length", String(stat.size === 0 ? 0 : end - start + 1));
  if (range) headers.set("Content-Range", `bytes ${start}-${end}/${stat.size}`);
  const status = range ? 206 : 200;
  if (method === "HEAD" || stat.size === 0) {
    await opened?.body.cancel();
    return new Response(null, { status, headers });
  }
  const file = opened ?? (await store.get(key, { start, end }));
  // Gone between the look and the read (a removed failed upload): nothing to serve.
  if (!file) return notFound();
  return new Response(file.body, { status, headers });
}

async function serveOrExplain(request: Request, context: Context, method: "GET" | "HEAD"): Promise<Response> {
  try {
    return await serve(request, context, method);
  } catch (error) {
    console.error("Media store:", error);
    return storeUnavailable();
  }
}

export const GET = (request: Request, context: Context) => serveOrExplain(request, context, "GET");
export const HEAD = (request: Request, context: Context) => serveOrExplain(request, context, "HEAD");
