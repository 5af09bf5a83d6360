// Where a banner leads: a path on this site ("/chuyen-muc/…") or an http(s)
// address elsewhere; never javascript:, data:, a protocol-relative "//host"
// or anything a browser might run. Pure: shared by the forms and the pages.

/** The link as stored, or null when it is neither an internal path nor an http(s) URL. */
export function normaliseLinkTarget(value: string): string | null {
  const link = value.trim();
  if (!link || /[\s\u0000-\u001f\u007f]/.test(link)) return null;
  if (link.startsWith("/")) return link.startsWith("//") || link.startsWith("/\\") ? null : link;
  try {
    const url = new URL(link);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    if (!url.hostname) return null;
    return url.toString();
  } catch {
    return null;
  }
}

/** External links open in a new tab with rel="noopener noreferrer"; internal ones stay in the site. */
export const isExternalLink = (link: string) => !link.startsWith("/");
