// Writes generated files to the media store (UPLOAD_DIR or the bucket),
// leaving an identical file alone.
import { mediaStore } from "@/lib/server/media/storage";

/** Returns true when the file was (re)written. */
export async function writeStoredFile(key: string, bytes: Uint8Array): Promise<boolean> {
  const store = await mediaStore();
  const existing = await store.head(key);
  // Generated files are deterministic: the same size means the same file.
  if (existing?.size === bytes.byteLength) return false;
  await store.putReplacing(key, bytes);
  return true;
}
