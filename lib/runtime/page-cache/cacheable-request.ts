import { SESSION_COOKIE_NAMES } from "@/lib/auth/proxy-constants";

// Which requests the page cache may answer: only what every reader would be
// shown alike. A request that carries a session, asks for Next's client-side
// payloads (RSC navigation, prefetch, server actions) or is not a plain
// GET/HEAD of a public page goes to Next untouched.

export type RequestHead = {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
};

// The reader's site: home, sections, items (and their print, radio and share
// image versions), documents, campaign pages, search, feeds and the sitemap.
const PUBLIC_PATH =
  /^\/(?:$|(?:chuyen-muc|bai-viet|van-ban|chuyen-trang|tim-kiem)(?:\/[^/]+)*$|(?:rss\.xml|sitemap\.xml|robots\.txt)$)/;

// Headers with which Next's router or actions ask for something other than the page.
const NEXT_CLIENT_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-action", "next-url"];

// Longer URLs are not worth a cache slot (and keep the key space small).
const MAX_URL_LENGTH = 512;

function hasSessionCookie(cookie: string | string[] | undefined): boolean {
  const text = Array.isArray(cookie) ? cookie.join(";") : (cookie ?? "");
  return SESSION_COOKIE_NAMES.some((name) => text.split(";").some((part) => part.trim().startsWith(`${name}`)));
}

/** The cache key (path and query as sent) of a request the cache may answer, or null. */
export function pageCacheKey({ method, url, headers }: RequestHead): string | null {
  if (method !== "GET" && method !== "HEAD") return null;
  if (!url || url.length > MAX_URL_LENGTH || !url.startsWith("/")) return null;
  if (hasSessionCookie(headers.cookie) || headers.authorization || headers.range) return null;
  if (NEXT_CLIENT_HEADERS.some((name) => headers[name] !== undefined)) return null;
  const queryAt = url.indexOf("?");
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  if (!PUBLIC_PATH.test(pathname)) return null;
  if (queryAt !== -1 && /(?:^|&)_rsc=/.test(url.slice(queryAt + 1))) return null;
  return url;
}
