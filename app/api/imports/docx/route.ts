import { importDocx } from "@/lib/imports/import-docx";
import { authorizeUploadRequest } from "@/lib/media/authorize-upload-request";
import { errorResponse, jsonResponse } from "@/lib/media/json-response";
import { receiveMultipart } from "@/lib/media/receive-multipart";
import { isUploadRejected } from "@/lib/media/upload-error";
import { MAX_BYTES } from "@/lib/media/upload-limits";
import { UPLOAD_MESSAGES } from "@/lib/media/upload-messages";

// POST multipart `file` (.docx) → 200 DocxImport: the body as sanitised HTML
// for the editor, its pictures stored like uploads. Same gate as uploads.
export const dynamic = "force-dynamic";
// A long document with many pictures takes a while (bounded by DOCX_IMPORT_TIMEOUT_MS).
export const maxDuration = 90;

export async function POST(request: Request): Promise<Response> {
  const gate = await authorizeUploadRequest(request, { countsAsUpload: true });
  if (!gate.ok) return gate.response;
  let received: Awaited<ReturnType<typeof receiveMultipart>> | null = null;
  try {
    received = await receiveMultipart(request, { maxFileBytes: MAX_BYTES.DOCX });
    if (!received.file) return errorResponse(UPLOAD_MESSAGES.noFile, 400);
    const result = await importDocx({
      actorId: gate.actor.id,
      ip: gate.ip,
      source: { path: received.file.path },
      originalName: received.file.originalName,
    });
    return jsonResponse(result);
  } catch (error) {
    if (isUploadRejected(error)) return errorResponse(error.message, error.status);
    console.error(error);
    return errorResponse(UPLOAD_MESSAGES.unexpected, 500);
  } finally {
    await received?.cleanup();
  }
}
