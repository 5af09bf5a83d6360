import "server-only";
import { randomBytes } from "node:crypto";
import { TZDate } from "@date-fns/tz";
import { TIME_ZONE } from "@/lib/content/dates";

// Stored files have generated keys like "2026/11/3f9c…a1.webp", the same in
// every store: a folder path or an object name. A key never climbs out of
// the store (no "..", no leading "/"), whatever a request asks for.
const KEY_PATTERN = /^(?:[a-z0-9-]+\/)*[a-z0-9][a-z0-9._-]*$/;

export function isValidStorageKey(key: string): boolean {
  return KEY_PATTERN.test(key) && !key.split("/").some((part) => part === ".." || part === ".");
}

export function assertValidStorageKey(key: string): void {
  if (!isValidStorageKey(key)) throw new Error(`Invalid storage key: ${key}`);
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
