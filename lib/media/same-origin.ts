// Route handlers do not get the Origin check Next gives server actions, so
// the upload endpoints make their own: the browser's Origin header must be
// this site's (the request's own origin, or SITE_URL behind a proxy). A
// request without Origin is refused too: every browser sends it on a POST.
export function isSameOriginRequest(request: Request, siteUrl: string): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return false;
  const allowed = new Set<string>();
  for (const url of [request.url, siteUrl]) {
    try {
      allowed.add(new URL(url).origin);
    } catch {
      // An unparsable URL allows nothing.
    }
  }
  return allowed.has(origin);
}
