import "server-only";
// Reads a multipart/form-data upload as a stream straight to a temporary
// file under UPLOAD_DIR/.incoming, never holding a 200 MB clip in memory
// (request.formData() would). A declared Content-Length over the limit is
// refused before a byte is read; an undeclared one is cut off at the limit.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { incomingDir } from "@/lib/server/media/storage";
import { UploadRejected } from "@/lib/media/upload-error";
import { megabytes, MULTIPART_OVERHEAD_BYTES } from "@/lib/media/upload-limits";
import { UPLOAD_MESSAGES } from "@/lib/media/upload-messages";

export type ReceivedUpload = {
  /** The one file, saved to a temporary path; null when the form had none. */
  file: { path: string; originalName: string } | null;
  fields: Record<string, string>;
  /** Removes the temporary file if it was not moved into storage. */
  cleanup: () => Promise<void>;
};

const FIELD_NAMES = new Set(["accept", "alt", "caption"]);

export async function receiveMultipart(request: Request, { maxFileBytes }: { maxFileBytes: number }): Promise<ReceivedUpload> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data;/i.test(contentType) || !request.body) throw new UploadRejected(UPLOAD_MESSAGES.badRequest, 400);
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxFileBytes + MULTIPART_OVERHEAD_BYTES) {
    throw new UploadRejected(UPLOAD_MESSAGES.tooLarge(megabytes(maxFileBytes)), 413);
  }

  await fs.promises.mkdir(incomingDir(), { recursive: true });
  const fields: Record<string, string> = {};
  let file: ReceivedUpload["file"] = null;
  let refusal: UploadRejected | null = null;
  const writes: Promise<void>[] = [];
  const cleanup = async () => {
    await Promise.allSettled(writes);
    if (file) await fs.promises.rm(file.path, { force: true });
  };

  const parser = busboy({
    headers: { "content-type": contentType },
    // File names come as UTF-8 from every current browser ("Ảnh hội nghị.jpg").
    defParamCharset: "utf8",
    limits: { files: 1, fileSize: maxFileBytes, fields: 10, fieldSize: 8 * 1024, parts: 12 },
  });
  parser.on("file", (name, stream, info) => {
    if (name !== "file" || file) {
      stream.resume();
      return;
    }
    const target = path.join(incomingDir(), randomBytes(16).toString("hex"));
    file = { path: target, originalName: info.filename ?? "" };
    stream.on("limit", () => {
      refusal ??= new UploadRejected(UPLOAD_MESSAGES.tooLarge(megabytes(maxFileBytes)), 413);
    });
    writes.push(pipeline(stream, fs.createWriteStream(target)));
  });
  parser.on("field", (name, value) => {
    if (FIELD_NAMES.has(name)) fields[name] = value;
  });
  parser.on("filesLimit", () => {
    refusal ??= new UploadRejected(UPLOAD_MESSAGES.oneFileOnly, 400);
  });

  try {
    const body = Readable.fromWeb(request.body as WebReadableStream<Uint8Array>);
    // Past the limit plus the form's own bytes, stop reading: a chunked
    // request has no Content-Length to refuse up front.
    let seen = 0;
    const ceiling = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        seen += chunk.length;
        if (seen > maxFileBytes + MULTIPART_OVERHEAD_BYTES) {
          refusal ??= new UploadRejected(UPLOAD_MESSAGES.tooLarge(megabytes(maxFileBytes)), 413);
          done(refusal);
          return;
        }
        done(null, chunk);
      },
    });
    await pipeline(body, ceiling, parser);
    await Promise.all(writes);
  } catch (error) {
    await cleanup();
    if (refusal) throw refusal;
    if (error instanceof UploadRejected) throw error;
    throw new UploadRejected(UPLOAD_MESSAGES.badRequest, 400);
  }
  if (refusal) {
    await cleanup();
    throw refusal;
  }
  return { file, fields, cleanup };
}
