// Slugs are generated lower-case ASCII words joined by hyphens. Anything else
// cannot exist, so pages refuse it before touching the cache or the database
// (stray URLs from crawlers would otherwise each add a cache entry).
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isPlausibleSlug(value: string): boolean {
  return value.length <= 200 && SLUG_PATTERN.test(value);
}
