import "server-only";
import type { FileSource } from "@/lib/server/media/file-source";

/** What a store knows of a file without reading it. */
export type StoredFileInfo = {
  size: number;
  /** A strong validator, quoted as in an HTTP ETag header. */
  etag: string;
  lastModified: Date | null;
};

/** Inclusive byte offsets, as in an HTTP Range header. */
export type ByteRange = { start: number; end: number };

export type StoredFile = StoredFileInfo & { body: ReadableStream<Uint8Array> };

/**
 * Where uploaded media lives: a local folder or an S3-compatible bucket.
 * Keys are checked by every method (a bad one throws), so no caller can
 * reach outside the store.
 */
export interface MediaStore {
  readonly kind: "local" | "s3";
  /**
   * Stores a file under a new key. A key that already holds a file is never
   * replaced (StoredFileExists). A temporary file on disk is moved: it is
   * gone afterwards.
   */
  putNew(key: string, source: FileSource): Promise<void>;
  /** Writes or replaces a file: for generated, reproducible files only (the demo seed). */
  putReplacing(key: string, bytes: Uint8Array): Promise<void>;
  /** Null when there is no such file. */
  head(key: string): Promise<StoredFileInfo | null>;
  /** The file's bytes as a stream (only `range` of them if given); null when there is no such file. */
  get(key: string, range?: ByteRange): Promise<StoredFile | null>;
  /** Removes a file; a missing one is not an error. */
  remove(key: string): Promise<void>;
}

export class StoredFileExists extends Error {
  constructor(key: string) {
    super(`A stored file already exists under ${key}`);
    this.name = "StoredFileExists";
  }
}
