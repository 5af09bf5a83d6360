// Readable Vietnamese slugs: "Theo gương Bác" → "theo-guong-bac".

export const SLUG_MAX_LENGTH = 80;

/** Removes tone and vowel marks; đ/Đ become d/D (they do not decompose). */
export function stripVietnameseMarks(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}

/** Cuts at the last "-" that keeps the slug within `max` characters. */
function cutAtWordBoundary(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const head = slug.slice(0, max + 1);
  const boundary = head.lastIndexOf("-");
  // One enormous word: a hard cut is better than nothing.
  const cut = boundary > 0 ? head.slice(0, boundary) : slug.slice(0, max);
  return cut.replace(/-+$/, "");
}

export function slugify(text: string, maxLength: number = SLUG_MAX_LENGTH): string {
  const ascii = stripVietnameseMarks(text).toLowerCase();
  const slug = ascii.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return cutAtWordBoundary(slug, maxLength);
}

/**
 * The first free slug among `base`, `base-2`, `base-3`…; the base is shortened
 * at a word boundary so that the suffix never pushes it past the length limit.
 * `isTaken` may be synchronous (a Set) or asynchronous (a database look-up).
 */
export async function uniqueSlug(
  base: string,
  isTaken: (candidate: string) => boolean | Promise<boolean>,
  maxLength: number = SLUG_MAX_LENGTH,
): Promise<string> {
  const root = slugify(base, maxLength) || "bai-viet";
  if (!(await isTaken(root))) return root;
  for (let n = 2; n < 10_000; n++) {
    const suffix = `-${n}`;
    const candidate = `${cutAtWordBoundary(root, maxLength - suffix.length)}${suffix}`;
    if (!(await isTaken(candidate))) return candidate;
  }
  throw new Error(`No free slug for "${base}"`);
}
