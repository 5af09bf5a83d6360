import "server-only";
import { errorResponse } from "@/lib/media/json-response";
import { receiveMultipart, type ReceivedUpload } from "@/lib/server/media/receive-multipart";
import { isUploadRejected } from "@/lib/media/upload-error";
import { UPLOAD_MESSAGES } from "@/lib/media/upload-messages";

type ReceivedFile = NonNullable<ReceivedUpload["file"]>;

/**
 * The shared body of the file-receiving routes: streams the one file to a
 * temporary path, answers "no file" when there is none, hands the file to
 * `handle`, turns a refusal into its Vietnamese message (anything else into
 * the generic one, logged), and always removes the temporary file.
 */
export async function respondToFileUpload(
  request: Request,
  maxFileBytes: number,
  handle: (file: ReceivedFile, fields: ReceivedUpload["fields"]) => Promise<Response>,
): Promise<Response> {
  let received: ReceivedUpload | null = null;
  try {
    received = await receiveMultipart(request, { maxFileBytes });
    if (!received.file) return errorResponse(UPLOAD_MESSAGES.noFile, 400);
    return await handle(received.file, received.fields);
  } catch (error) {
    if (isUploadRejected(error)) return errorResponse(error.message, error.status);
    console.error(error);
    return errorResponse(UPLOAD_MESSAGES.unexpected, 500);
  } finally {
    await received?.cleanup();
  }
}
