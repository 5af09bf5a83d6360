// Public URL shapes, in one place so links, feeds, the sitemap and canonical
// tags agree. Paths only (safe for the browser); the absolute form, which
// needs the configured site URL, is lib/server/absolute-url.ts.
export const itemPath = (slug: string) => `/bai-viet/${slug}`;
export const itemPrintPath = (slug: string) => `/bai-viet/${slug}/in`;
// Plain text for reading on the commune radio (seed 001).
export const itemRadioPath = (slug: string) => `/bai-viet/${slug}/phat-thanh`;
// The 1200×630 share picture (Open Graph): the cover, or a generated card.
export const itemShareImagePath = (slug: string) => `/bai-viet/${slug}/anh-chia-se`;
export const campaignsPath = "/chuyen-trang";
export const campaignPath = (slug: string) => `/chuyen-trang/${slug}`;
export const sectionPath = (slug: string) => `/chuyen-muc/${slug}`;
export const sectionFeedPath = (slug: string) => `/chuyen-muc/${slug}/rss.xml`;
export const documentPath = (slug: string) => `/van-ban/${slug}`;
export const searchPath = (query: string) => `/tim-kiem?q=${encodeURIComponent(query)}`;
export const mediaPath = (storageKey: string) => `/api/media/${storageKey}`;

/** `?trang=N` as the page number: 1 for anything missing or malformed. */
export function pageNumber(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
}

/** A list's page `page` with its filters kept: `path?filters&trang=N` (no `trang` for page 1). */
export function pageHref(path: string, query: URLSearchParams, page: number): string {
  const next = new URLSearchParams(query);
  if (page > 1) next.set("trang", String(page));
  const text = next.toString();
  return `${path}${text ? `?${text}` : ""}`;
}

// Back-office URL shapes: in their own module (no server imports) so client
// components can use them too.
export { adminPaths } from "@/lib/admin-paths";
