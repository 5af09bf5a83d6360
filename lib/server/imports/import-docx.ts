import "server-only";
// The Word import use case: prove the file is a .docx, convert it, store each
// embedded picture through the same pipeline as an upload (a media_files row
// each, in the media library), reshape for the editor and sanitise. Nothing
// of the .docx itself is kept. A file that takes longer than
// DOCX_IMPORT_TIMEOUT_MS is refused (images already stored stay in the library).
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";
import { sanitizeHtml } from "@/lib/content/sanitize-html";
import { readAll, readHead, sourceSize, type FileSource } from "@/lib/server/media/file-source";
import { checkDocx } from "@/lib/media/docx-check";
import { SNIFF_BYTES, sniffFile } from "@/lib/media/sniff-file";
import { storeUpload } from "@/lib/server/media/store-upload";
import { UploadRejected } from "@/lib/media/upload-error";
import { DOCX_IMPORT_TIMEOUT_MS, DOCX_MAX_IMAGES, MAX_BYTES, megabytes } from "@/lib/media/upload-limits";
import { DOCX_MESSAGES, UPLOAD_MESSAGES } from "@/lib/media/upload-messages";
import type { DocxImport } from "@/lib/media/upload-types";
import { MEDIA_TEXT_LIMITS } from "@/lib/validations/media";
import { convertDocx, type StoredDocxImage } from "@/lib/server/imports/convert-docx";
import { translateDocxMessages } from "@/lib/imports/docx-warnings";
import { shapeImportedHtml } from "@/lib/imports/shape-imported-html";

export type ImportDocxInput = {
  actor: Actor;
  ip?: string | null;
  source: FileSource;
  originalName: string | null | undefined;
  timeoutMs?: number;
};

async function readDocx(source: FileSource): Promise<Buffer> {
  const size = await sourceSize(source);
  if (size === 0) throw new UploadRejected(UPLOAD_MESSAGES.empty, 400);
  if (size > MAX_BYTES.DOCX) throw new UploadRejected(UPLOAD_MESSAGES.tooLarge(megabytes(MAX_BYTES.DOCX)), 413);
  const sniffed = sniffFile(await readHead(source, SNIFF_BYTES));
  if (sniffed === "ole") throw new UploadRejected(UPLOAD_MESSAGES.legacyDoc, 415);
  if (sniffed !== "zip") throw new UploadRejected(DOCX_MESSAGES.notDocx, 415);
  const bytes = Buffer.from(await readAll(source));
  const check = await checkDocx(bytes);
  if (!check.isDocx) throw new UploadRejected(check.reason === "too-large" ? DOCX_MESSAGES.unpackedTooLarge : DOCX_MESSAGES.notDocx, 415);
  return bytes;
}

export async function importDocx(input: ImportDocxInput): Promise<DocxImport> {
  await authorize(input.actor, "media.upload", { ip: input.ip });
  const bytes = await readDocx(input.source);
  const baseName = (input.originalName ?? "").replace(/\.docx$/i, "").trim() || "Word";
  let imageCount = 0;
  let seen = 0;
  let skipped = 0;
  let isTimedOut = false;
  let storeFailure: unknown = null;
  // One image at a time: sharp on many large pictures at once would take every core.
  let queue: Promise<unknown> = Promise.resolve();

  const storeImage = ({ bytes: imageBytes, altText }: { bytes: Buffer; altText: string | null }) => {
    const position = ++seen;
    const task = queue.then(async (): Promise<StoredDocxImage | null> => {
      if (isTimedOut || position > DOCX_MAX_IMAGES) return null;
      try {
        const media = await storeUpload({
          actor: input.actor,
          ip: input.ip,
          source: { bytes: imageBytes },
          originalName: `${baseName} – ảnh ${position}`,
          accept: "image",
          alt: altText?.trim().slice(0, MEDIA_TEXT_LIMITS.alt) || null,
          via: "docx-import",
        });
        imageCount += 1;
        return { src: media.url, width: media.width, height: media.height };
      } catch (error) {
        if (!(error instanceof UploadRejected)) {
          storeFailure ??= error;
          throw error;
        }
        skipped += 1;
        return null;
      }
    });
    queue = task.catch(() => undefined);
    return task;
  };

  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      isTimedOut = true;
      reject(new UploadRejected(DOCX_MESSAGES.timeout, 422));
    }, input.timeoutMs ?? DOCX_IMPORT_TIMEOUT_MS);
  });
  let converted: Awaited<ReturnType<typeof convertDocx>>;
  try {
    converted = await Promise.race([convertDocx(bytes, storeImage), timeout]);
  } catch (error) {
    if (error instanceof UploadRejected) throw error;
    // Our own failure (the database, the disk) is not the file's fault.
    if (storeFailure) throw storeFailure;
    throw new UploadRejected(DOCX_MESSAGES.unreadable, 422);
  } finally {
    clearTimeout(timer);
  }

  const warnings = translateDocxMessages(converted.messages);
  if (seen > DOCX_MAX_IMAGES) warnings.push(DOCX_MESSAGES.tooManyImages(DOCX_MAX_IMAGES));
  if (skipped > 0) warnings.push(DOCX_MESSAGES.skippedImages(skipped));
  return { html: sanitizeHtml(shapeImportedHtml(converted.html)), imageCount, warnings };
}
