import { NextResponse, type NextRequest } from "next/server";
import { buildCsp, createNonce, isPrivatePath, staticSecurityHeaders } from "@/lib/auth/csp";
import { PAGE_CACHE_FILL_HEADER, PAGE_CACHE_NONCE_HEADER, PATH_HEADER, SESSION_COOKIE_NAMES } from "@/lib/auth/proxy-constants";
import { env } from "@/lib/env";
import { pageCacheFillNonce } from "@/lib/page-cache/fill-nonce";
import { publicRouteExists, type PublicRoute } from "@/lib/server/routing/public-route-exists";
import { pageNumber } from "@/lib/urls";

// Runs before every page (see the matcher). Three jobs, none of them an
// access check (pages and actions check permissions themselves):
//  1. Security headers on every response, with a Content-Security-Policy
//     whose script nonce is new for each request. Next reads the nonce from
//     the request's CSP header and puts it on its own scripts; our pages
//     can read it from `x-nonce`. Back-office and sign-in responses are
//     never stored (Cache-Control: no-store).
//  2. An early redirect to the sign-in page for a back-office visit with no
//     session cookie at all (the layout does the real check).
//  3. Unknown public slugs are rewritten to a URL that matches no route:
//     Next 16 answers notFound() thrown while rendering with an empty HTML
//     shell whose message appears only once JavaScript runs
//     (vercel/next.js#98954, fix pending in #98583), while a URL that matches
//     no route gets the full, server-rendered not-found page. Readers without
//     JavaScript must still read "Không tìm thấy trang". The pages keep their
//     own notFound().
const NO_ROUTE = "/__khong-tim-thay";

function routeOf(request: NextRequest): PublicRoute | null {
  const [, first, slug, rest] = request.nextUrl.pathname.split("/");
  if (!slug) return null;
  if (first === "bai-viet" && (rest === undefined || rest === "in")) return { kind: "item", slug };
  if (first === "van-ban" && rest === undefined) return { kind: "document", slug };
  if (first === "chuyen-trang" && rest === undefined) return { kind: "campaign", slug };
  if (first === "chuyen-muc" && rest === undefined) {
    return { kind: "section", slug, page: pageNumber(request.nextUrl.searchParams.get("trang") ?? undefined) };
  }
  return null;
}

function withSecurityHeaders(response: NextResponse, csp: string, pathname: string): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(staticSecurityHeaders({ isHttps: env().siteUrl.startsWith("https://") }))) {
    response.headers.set(name, value);
  }
  if (isPrivatePath(pathname)) response.headers.set("Cache-Control", "private, no-store, max-age=0");
  return response;
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const nonce = pageCacheFillNonce(request.headers, env().pageCacheFillSecret) ?? createNonce();
  const csp = buildCsp({ nonce, isDev: process.env.NODE_ENV === "development", pathname });

  if (/^\/quan-tri(\/|$)/.test(pathname) && !SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name))) {
    const signIn = new URL("/dang-nhap", request.url);
    signIn.searchParams.set("callbackUrl", pathname + search);
    return withSecurityHeaders(NextResponse.redirect(signIn), csp, pathname);
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.delete(PAGE_CACHE_FILL_HEADER);
  requestHeaders.delete(PAGE_CACHE_NONCE_HEADER);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set(PATH_HEADER, pathname + search);

  const route = routeOf(request);
  const response =
    !route || (await publicRouteExists(route))
      ? NextResponse.next({ request: { headers: requestHeaders } })
      : NextResponse.rewrite(new URL(NO_ROUTE, request.url), { request: { headers: requestHeaders } });
  return withSecurityHeaders(response, csp, pathname);
}

export const config = {
  // Every page; not the build's static files, the media files (served with their own headers) or the favicon.
  // Nor uploads: Next buffers the body of every request the proxy sees, and cuts it at 10 MB.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/media|api/uploads|api/imports).*)"],
};
