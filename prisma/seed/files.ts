// Writes generated files under UPLOAD_DIR, leaving an identical file alone.
import fs from "node:fs/promises";
import path from "node:path";
import { storagePath } from "@/lib/media/storage";

/** Returns true when the file was (re)written. */
export async function writeStoredFile(key: string, bytes: Uint8Array): Promise<boolean> {
  const target = storagePath(key);
  const existing = await fs.stat(target).catch(() => undefined);
  // Generated files are deterministic: the same size means the same file.
  if (existing?.isFile() && existing.size === bytes.byteLength) return false;
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  await fs.writeFile(temporary, bytes);
  await fs.rename(temporary, target);
  return true;
}
