import "server-only";
import fs from "node:fs/promises";

/** An upload as received: a temporary file on disk, or bytes already in memory (an image inside a .docx). */
export type FileSource = { path: string } | { bytes: Uint8Array };

export async function sourceSize(source: FileSource): Promise<number> {
  return "bytes" in source ? source.bytes.byteLength : (await fs.stat(source.path)).size;
}

export async function readHead(source: FileSource, length: number): Promise<Uint8Array> {
  if ("bytes" in source) return source.bytes.subarray(0, length);
  const handle = await fs.open(source.path, "r");
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export async function readAll(source: FileSource): Promise<Uint8Array> {
  return "bytes" in source ? source.bytes : fs.readFile(source.path);
}

/** What sharp takes: a path (streamed by libvips) or a Buffer. */
export const sharpInput = (source: FileSource): string | Buffer =>
  "bytes" in source ? Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength) : source.path;
