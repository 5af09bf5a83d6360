import { importDocx } from "@/lib/server/imports/import-docx";
import { authorizeUploadRequest } from "@/lib/server/media/authorize-upload-request";
import { jsonResponse } from "@/lib/media/json-response";
import { respondToFileUpload } from "@/lib/server/media/respond-to-file-upload";
import { MAX_BYTES } from "@/lib/media/upload-limits";

// POST multipart `file` (.docx) → 200 DocxImport: the body as sanitised HTML
// for the editor, its pictures stored like uploads. Same gate as uploads.
export const dynamic = "force-dynamic";
// A long document with many pictures takes a while (bounded by DOCX_IMPORT_TIMEOUT_MS).
export const maxDuration = 90;

export async function POST(request: Request): Promise<Response> {
  const gate = await authorizeUploadRequest(request, { countsAsUpload: true });
  if (!gate.ok) return gate.response;
  return respondToFileUpload(request, MAX_BYTES.DOCX, async (file) =>
    jsonResponse(await importDocx({ actor: gate.actor, ip: gate.ip, source: { path: file.path }, originalName: file.originalName })),
  );
}
