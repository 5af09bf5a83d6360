import "server-only";
import path from "node:path";
import { env, type Env } from "@/lib/env";
import type { FileSource } from "@/lib/server/media/file-source";
import { createLocalStore } from "@/lib/server/media/stores/local-store";
import type { MediaStore } from "@/lib/server/media/stores/types";

// The media store the settings choose (MEDIA_STORAGE): UPLOAD_DIR by
// default, or an S3-compatible bucket that several instances share. No
// `server-only` here: the launcher and the seed run it outside Next.

export { isValidStorageKey, newStorageKey, variantKey } from "@/lib/server/media/storage-keys";
export type { ByteRange, MediaStore, StoredFile, StoredFileInfo } from "@/lib/server/media/stores/types";

let chosen: { settings: Env; store: Promise<MediaStore> } | undefined;

/** The configured store, made once per settings (the S3 client is loaded only when used). */
export function mediaStore(): Promise<MediaStore> {
  const settings = env();
  if (chosen?.settings !== settings) {
    const storage = settings.mediaStorage;
    const store =
      storage.kind === "s3"
        ? import("@/lib/server/media/stores/s3-store").then(({ createS3Store }) => createS3Store(storage))
        : Promise.resolve(createLocalStore(settings.uploadDir));
    chosen = { settings, store };
  }
  return chosen.store;
}

/** Where the local store keeps a key's file (tests and tools that look at the folder). */
export function storagePath(key: string): string {
  return createLocalStore(env().uploadDir).pathOf(key);
}

/** Writes a new stored file; the key must be new. */
export async function writeNewStoredFile(key: string, bytes: Uint8Array): Promise<void> {
  await (await mediaStore()).putNew(key, { bytes });
}

/** Moves a received temporary file into the store under a new key. */
export async function moveIntoStorage(temporaryPath: string, key: string): Promise<void> {
  await (await mediaStore()).putNew(key, { path: temporaryPath } satisfies FileSource);
}

/** Removes stored files (an upload that failed half way); missing ones are fine. */
export async function removeStoredFiles(keys: readonly string[]): Promise<void> {
  const store = await mediaStore();
  await Promise.all(keys.map((key) => store.remove(key)));
}

/** A whole stored file in memory, or null when there is none: for small files (a cover to crop). */
export async function readStoredFile(key: string): Promise<Buffer | null> {
  const file = await (await mediaStore()).get(key);
  return file ? Buffer.from(await new Response(file.body).arrayBuffer()) : null;
}

/** Where uploads are received before they are checked: always local, never a valid key, so never served. */
export const incomingDir = (): string => path.join(env().uploadDir, ".incoming");
