import path from "node:path";
import { env } from "@/lib/env";

// Stored files live under UPLOAD_DIR with generated keys like
// "2026/11/3f9c…a1.webp"; a key never climbs out of that directory.
const KEY_PATTERN = /^(?:[a-z0-9-]+\/)*[a-z0-9][a-z0-9._-]*$/;

export function isValidStorageKey(key: string): boolean {
  return KEY_PATTERN.test(key) && !key.split("/").some((part) => part === ".." || part === ".");
}

export function storagePath(key: string): string {
  if (!isValidStorageKey(key)) throw new Error(`Invalid storage key: ${key}`);
  return path.join(env().uploadDir, key);
}

/** Key of an image rendition, e.g. "2026/11/abc.webp" → "2026/11/abc-w480.webp". */
export function variantKey(key: string, width: number): string {
  return key.replace(/(\.[a-z0-9]+)$/, `-w${width}$1`);
}
