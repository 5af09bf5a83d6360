import "server-only";
// Decides what an upload is from its content and whether it may be stored
// here: the type (sniffed), the kinds the form accepts, the size limit of
// that kind, and for a ZIP that it really is a Word document.
import { readAll, readHead, sourceSize, type FileSource } from "@/lib/server/media/file-source";
import { checkDocx } from "@/lib/media/docx-check";
import { SNIFF_BYTES, sniffFile, STORED_TYPES } from "@/lib/media/sniff-file";
import { UploadRejected } from "@/lib/media/upload-error";
import { ACCEPT_KINDS, MAX_BYTES, megabytes, type UploadAccept } from "@/lib/media/upload-limits";
import { DOCX_MESSAGES, UPLOAD_MESSAGES } from "@/lib/media/upload-messages";

export type IdentifiedUpload = (typeof STORED_TYPES)[keyof typeof STORED_TYPES] & { sizeBytes: number };

export async function identifyUpload(source: FileSource, accept: UploadAccept): Promise<IdentifiedUpload> {
  const sizeBytes = await sourceSize(source);
  if (sizeBytes === 0) throw new UploadRejected(UPLOAD_MESSAGES.empty, 400);
  const sniffed = sniffFile(await readHead(source, SNIFF_BYTES));
  const allowedKinds: readonly string[] = ACCEPT_KINDS[accept];

  if (sniffed === "markup") throw new UploadRejected(UPLOAD_MESSAGES.markup, 415);
  if (sniffed === "ole" && allowedKinds.includes("DOCX")) throw new UploadRejected(UPLOAD_MESSAGES.legacyDoc, 415);
  if (sniffed === "ole" || sniffed === "unknown") throw new UploadRejected(UPLOAD_MESSAGES.unsupported(accept), 415);

  const type = STORED_TYPES[sniffed];
  if (!allowedKinds.includes(type.kind)) throw new UploadRejected(UPLOAD_MESSAGES.notAccepted(accept), 415);
  if (sizeBytes > MAX_BYTES[type.kind]) throw new UploadRejected(UPLOAD_MESSAGES.tooLarge(megabytes(MAX_BYTES[type.kind])), 413);

  if (type.kind === "DOCX") {
    const check = await checkDocx(await readAll(source));
    if (!check.isDocx) {
      throw new UploadRejected(check.reason === "too-large" ? DOCX_MESSAGES.unpackedTooLarge : UPLOAD_MESSAGES.zipNotDocx, 415);
    }
  }
  return { ...type, sizeBytes };
}
