import { authorizeUploadRequest } from "@/lib/server/media/authorize-upload-request";
import { errorResponse, jsonResponse } from "@/lib/media/json-response";
import { listMedia } from "@/lib/server/media/list-media";
import { respondToFileUpload } from "@/lib/server/media/respond-to-file-upload";
import { storeUpload } from "@/lib/server/media/store-upload";
import { isUploadAccept, maxBytesFor } from "@/lib/media/upload-limits";
import { UPLOAD_MESSAGES } from "@/lib/media/upload-messages";
import type { MediaPage } from "@/lib/media/upload-types";
import { mediaListQuerySchema } from "@/lib/validations/media";

// POST: one file (multipart `file`, optional `accept`, `alt`, `caption`) →
// 201 UploadedMedia. GET: the media library → MediaPage. Contract in
// lib/media/upload-types.ts. proxy.ts leaves this path alone, so the body
// reaches us as a stream instead of being buffered (and cut at 10 MB).
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const gate = await authorizeUploadRequest(request, { countsAsUpload: true });
  if (!gate.ok) return gate.response;
  // `accept` narrows the limit too, but it arrives inside the body: the URL
  // may carry it first (?accept=image) so an oversized photo is refused unread.
  const acceptParam = new URL(request.url).searchParams.get("accept");
  const streamLimit = maxBytesFor(isUploadAccept(acceptParam) ? acceptParam : "any");
  return respondToFileUpload(request, streamLimit, async (file, fields) => {
    const accept = fields.accept ?? acceptParam ?? "any";
    if (!isUploadAccept(accept)) return errorResponse(UPLOAD_MESSAGES.badRequest, 400);
    const media = await storeUpload({
      actor: gate.actor,
      ip: gate.ip,
      source: { path: file.path },
      originalName: file.originalName,
      accept,
      alt: fields.alt,
      caption: fields.caption,
    });
    return jsonResponse(media, 201);
  });
}

export async function GET(request: Request): Promise<Response> {
  const gate = await authorizeUploadRequest(request, { countsAsUpload: false });
  if (!gate.ok) return gate.response;
  const query = mediaListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { rows, page, pageCount, total } = await listMedia({ kind: query.kind, q: query.q, page: query.trang });
  return jsonResponse({ items: rows.map((row) => row.media), page, pageCount, total } satisfies MediaPage);
}
