// Route handlers do not get the Origin check Next gives server actions, so
// the upload endpoints make the same one: the browser's Origin must name the
// host the request was sent to (its Host, or X-Forwarded-Host behind a
// proxy, as Next compares for server actions), or SITE_URL's origin.
// SITE_URL is for links only: opening the site at http://127.0.0.1:3000 while
// SITE_URL says http://localhost:3000 must not break uploads when every other
// action works. A request without Origin is refused: every browser sends it
// on a POST. (A page on another site cannot choose the Host its request goes to.)
function originOf(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function requestHosts(request: Request): Set<string> {
  const hosts = new Set<string>();
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  for (const host of [forwarded, request.headers.get("host"), originOf(request.url)?.host]) {
    if (host) hosts.add(host.toLowerCase());
  }
  return hosts;
}

export function isSameOriginRequest(request: Request, siteUrl: string): boolean {
  const header = request.headers.get("origin");
  if (!header || header === "null") return false;
  const origin = originOf(header);
  if (!origin || !/^https?:$/.test(origin.protocol)) return false;
  if (origin.origin === originOf(siteUrl)?.origin) return true;
  return requestHosts(request).has(origin.host.toLowerCase());
}
