// The uploader's file name is kept as a label (the library, a download's
// name), never as a path: the stored key is generated.
export const ORIGINAL_NAME_MAX = 200;

/** The uploader's file name as a label only: no folders, no control characters, at most 200 characters. */
export function cleanOriginalName(raw: string | null | undefined): string {
  const base = (raw ?? "").normalize("NFC").split(/[/\\]/).pop() ?? "";
  const name = base.replace(/[\p{Cc}\p{Cf}]/gu, "").replace(/\s+/g, " ").trim();
  if (!name) return "tep-tai-len";
  if (name.length <= ORIGINAL_NAME_MAX) return name;
  const extension = /\.[A-Za-z0-9]{1,8}$/.exec(name)?.[0] ?? "";
  const stem = name
    .slice(0, ORIGINAL_NAME_MAX - extension.length)
    .replace(/[\ud800-\udbff]$/, "") // never half of an emoji
    .trimEnd();
  return stem + extension;
}
