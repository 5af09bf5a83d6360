// A YouTube or Facebook video link, as people copy it from the address bar or
// the "Share" button, turned into the player URL the body may embed. Anything
// else is refused: the embed node and the sanitiser accept these players only.
import { isAllowedEmbedSrc } from "@/lib/content/media-src";

export type EmbedLink = { ok: true; src: string; title: string; provider: "youtube" | "facebook" } | { ok: false; error: string };

export const EMBED_ERRORS = {
  empty: "Dán đường dẫn video YouTube hoặc Facebook.",
  invalid: "Đường dẫn không hợp lệ. Hãy dán đầy đủ địa chỉ, bắt đầu bằng https://",
  host: "Chỉ nhúng được video từ YouTube hoặc Facebook.",
  youtube: "Không tìm thấy mã video trong đường dẫn YouTube này.",
  facebook: "Đường dẫn Facebook này không phải một video.",
} as const;

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const YOUTUBE_HOSTS = new Set(["youtube.com", "www.youtube.com", "m.youtube.com", "music.youtube.com", "youtube-nocookie.com", "www.youtube-nocookie.com"]);
const FACEBOOK_HOSTS = new Set(["facebook.com", "www.facebook.com", "m.facebook.com", "web.facebook.com", "mbasic.facebook.com"]);
const MAX_LENGTH = 2000;

function parseUrl(raw: string): URL | null {
  const text = raw.trim();
  if (!text || text.length > MAX_LENGTH || /\s/.test(text)) return null;
  // People paste "youtu.be/…" or "www.facebook.com/…" without the scheme.
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text.replace(/^\/+/, "")}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    if (url.username || url.password || url.port) return null;
    return url;
  } catch {
    return null;
  }
}

function youtubeId(url: URL): string | null {
  const host = url.hostname.toLowerCase();
  const parts = url.pathname.split("/").filter(Boolean);
  let id: string | null | undefined = null;
  if (host === "youtu.be") id = parts.length === 1 ? parts[0] : null;
  else if (YOUTUBE_HOSTS.has(host)) {
    if (parts[0] === "watch" && parts.length === 1) id = url.searchParams.get("v");
    else if (["embed", "shorts", "live", "v"].includes(parts[0] ?? "") && parts.length === 2) id = parts[1];
  }
  return id && YOUTUBE_ID.test(id) ? id : null;
}

/** The canonical address of a Facebook video, or null when the link is not one. */
function facebookVideoHref(url: URL): string | null {
  const host = url.hostname.toLowerCase();
  const parts = url.pathname.split("/").filter(Boolean);
  const isName = (part: string | undefined) => Boolean(part && /^[A-Za-z0-9.\-_]{1,100}$/.test(part));
  const isId = (part: string | null | undefined) => Boolean(part && /^\d{1,25}$/.test(part));
  if (host === "fb.watch") return isName(parts[0]) && parts.length === 1 ? `https://fb.watch/${parts[0]}/` : null;
  if (!FACEBOOK_HOSTS.has(host)) return null;
  // /<page>/videos/<id>, /<page>/videos/<title>/<id>
  if (parts.length >= 3 && parts.length <= 4 && isName(parts[0]) && parts[1] === "videos" && isId(parts.at(-1))) {
    return `https://www.facebook.com/${parts[0]}/videos/${parts.at(-1)}/`;
  }
  if ((parts[0] === "watch" || parts[0] === "video.php") && parts.length === 1 && isId(url.searchParams.get("v"))) {
    return `https://www.facebook.com/watch/?v=${url.searchParams.get("v")}`;
  }
  if (parts[0] === "reel" && parts.length === 2 && isId(parts[1])) return `https://www.facebook.com/reel/${parts[1]}/`;
  if (parts[0] === "share" && (parts[1] === "v" || parts[1] === "r") && parts.length === 3 && isName(parts[2])) {
    return `https://www.facebook.com/share/${parts[1]}/${parts[2]}/`;
  }
  // Already a player URL: take the video it points at.
  if (parts[0] === "plugins" && parts[1] === "video.php" && parts.length === 2) {
    const inner = parseUrl(url.searchParams.get("href") ?? "");
    return inner && !inner.pathname.startsWith("/plugins/") ? facebookVideoHref(inner) : null;
  }
  return null;
}

function isFacebookHost(host: string) {
  return host === "fb.watch" || FACEBOOK_HOSTS.has(host);
}

/** Converts a pasted link to the YouTube (privacy-enhanced) or Facebook player URL. */
export function toEmbedLink(input: string): EmbedLink {
  if (!input.trim()) return { ok: false, error: EMBED_ERRORS.empty };
  const url = parseUrl(input);
  if (!url) return { ok: false, error: EMBED_ERRORS.invalid };
  const host = url.hostname.toLowerCase();
  let result: EmbedLink;
  if (host === "youtu.be" || YOUTUBE_HOSTS.has(host)) {
    const id = youtubeId(url);
    if (!id) return { ok: false, error: EMBED_ERRORS.youtube };
    result = { ok: true, src: `https://www.youtube-nocookie.com/embed/${id}`, title: "Video YouTube", provider: "youtube" };
  } else if (isFacebookHost(host)) {
    const href = facebookVideoHref(url);
    if (!href) return { ok: false, error: EMBED_ERRORS.facebook };
    result = { ok: true, src: `https://www.facebook.com/plugins/video.php?href=${encodeURIComponent(href)}`, title: "Video Facebook", provider: "facebook" };
  } else {
    return { ok: false, error: EMBED_ERRORS.host };
  }
  // The same rule the schema and the sanitiser apply, as a last word.
  return isAllowedEmbedSrc(result.src) ? result : { ok: false, error: EMBED_ERRORS.invalid };
}
