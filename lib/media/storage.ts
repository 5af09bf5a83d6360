import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { TZDate } from "@date-fns/tz";
import { TIME_ZONE } from "@/lib/content/dates";
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

/**
 * A new, unguessable key "YYYY/MM/<32 hex>.<ext>" (Vietnam's calendar month):
 * never derived from the uploader's file name.
 */
export function newStorageKey(extension: string, now: Date = new Date()): string {
  const month = new TZDate(now, TIME_ZONE);
  const folder = `${month.getFullYear()}/${String(month.getMonth() + 1).padStart(2, "0")}`;
  return `${folder}/${randomBytes(16).toString("hex")}.${extension.toLowerCase()}`;
}

/** Writes a new stored file (creating its folder); the key must be new. */
export async function writeNewStoredFile(key: string, bytes: Uint8Array): Promise<void> {
  const target = storagePath(key);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, bytes, { flag: "wx" });
}

/** Moves a received temporary file into place under a new key. */
export async function moveIntoStorage(temporaryPath: string, key: string): Promise<void> {
  const target = storagePath(key);
  await fs.mkdir(path.dirname(target), { recursive: true });
  try {
    await fs.rename(temporaryPath, target);
  } catch (error) {
    // Another file system (a temporary folder elsewhere): copy, then remove.
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    await fs.copyFile(temporaryPath, target, fs.constants.COPYFILE_EXCL);
    await fs.rm(temporaryPath, { force: true });
  }
}

/** Where uploads are received before they are checked; never a valid key, so never served. */
export const incomingDir = (): string => path.join(env().uploadDir, ".incoming");
