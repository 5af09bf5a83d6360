// Which URLs a body may point its images, videos and embeds at. Kept apart
// from the sanitiser so the editor (a client bundle) can check URLs with the
// same rules without pulling sanitize-html into the browser.

/** Iframes are embeds from these hosts only, and only their embed paths. */
export const EMBED_RULES: { hosts: string[]; path: RegExp }[] = [
  {
    hosts: ["www.youtube-nocookie.com", "youtube-nocookie.com", "www.youtube.com", "youtube.com"],
    path: /^\/embed\/[A-Za-z0-9_-]+$/,
  },
  { hosts: ["www.facebook.com", "facebook.com"], path: /^\/plugins\/(video|post)\.php$/ },
];

// The shape of lib/server/media/storage.ts's generated keys ("2026/11/3f9c…a1.mp4").
const MEDIA_PATH = /^\/api\/media\/(?:[a-z0-9-]+\/)*[a-z0-9][a-z0-9._-]*$/;

/** A file we store and serve ourselves: `/api/media/<key>` (no traversal, no query, no host). */
export function isMediaPath(src: unknown): src is string {
  return typeof src === "string" && MEDIA_PATH.test(src) && !src.split("/").some((part) => part === ".." || part === ".");
}

export function isAllowedImageSrc(src: string | undefined): boolean {
  if (!src || src !== src.trim() || /[\s\\]/.test(src) || src.includes("..")) return false;
  if (src.startsWith("/api/media/")) return true;
  try {
    return new URL(src).protocol === "https:";
  } catch {
    return false;
  }
}

export function isAllowedEmbedSrc(src: string | undefined): boolean {
  if (!src) return false;
  try {
    const url = new URL(src);
    if (url.protocol !== "https:" || url.username || url.password || url.port) return false;
    return EMBED_RULES.some((rule) => rule.hosts.includes(url.hostname) && rule.path.test(url.pathname));
  } catch {
    return false;
  }
}

// Control characters and whitespace are stripped before a scheme is read, as
// browsers do ("java\tscript:").
const INVISIBLE = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g;

export type LinkKind = "external" | "internal" | "mailto" | "invalid";

/** What a link's href points at; "invalid" for javascript:, data:, protocol-relative and the like. */
export function classifyHref(raw: string | undefined): LinkKind {
  if (!raw) return "invalid";
  const href = raw.replace(INVISIBLE, "");
  if (href.startsWith("//") || href.startsWith("\\")) return "invalid";
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (scheme === "http" || scheme === "https") return "external";
  if (scheme === "mailto") return "mailto";
  if (scheme) return "invalid";
  // No scheme, yet a colon before any "/", "?" or "#" could still be read as one.
  return /^[^/?#]*:/.test(href) ? "invalid" : "internal";
}

