import { NextResponse, type NextRequest } from "next/server";
import { publicRouteExists, type PublicRoute } from "@/lib/site/public-route-exists";
import { pageNumber } from "@/lib/urls";

// Next 16 answers notFound() thrown while rendering with an empty HTML shell
// whose message appears only once JavaScript runs (vercel/next.js#98954,
// fix pending in #98583), while a URL that matches no route gets the full,
// server-rendered not-found page. Readers without JavaScript must still read
// "Không tìm thấy trang", so unknown public slugs are rewritten to such a URL
// before rendering. The pages keep their own notFound(): this is a nicety,
// never the access check.
const NO_ROUTE = "/__khong-tim-thay";

function routeOf(request: NextRequest): PublicRoute | null {
  const [, first, slug, rest] = request.nextUrl.pathname.split("/");
  if (!slug) return null;
  if (first === "bai-viet" && (rest === undefined || rest === "in")) return { kind: "item", slug };
  if (first === "van-ban" && rest === undefined) return { kind: "document", slug };
  if (first === "chuyen-muc" && rest === undefined) {
    return { kind: "section", slug, page: pageNumber(request.nextUrl.searchParams.get("trang") ?? undefined) };
  }
  return null;
}

export async function proxy(request: NextRequest) {
  const route = routeOf(request);
  if (!route || (await publicRouteExists(route))) return NextResponse.next();
  return NextResponse.rewrite(new URL(NO_ROUTE, request.url));
}

export const config = {
  matcher: ["/bai-viet/:slug", "/bai-viet/:slug/in", "/van-ban/:slug", "/chuyen-muc/:slug"],
};
