import "server-only";
import { ACCOUNT_PAGE, PENDING_SETUP_MESSAGES } from "@/lib/auth/account-setup";
import { authorizationDenial } from "@/lib/server/auth/authorize";
import { clientIp } from "@/lib/server/auth/client-ip";
import { getCurrentUser, type CurrentUser } from "@/lib/server/auth/current-user";
import type { Capability } from "@/lib/auth/permissions";

// requireCapability() for route handlers (file downloads under /quan-tri):
// a page can redirect or render forbidden.tsx, a GET that answers a file must
// answer a status. The person follows a plain link, so the refusal is a
// small Vietnamese HTML page, never an empty body.

export type RouteAccess = { ok: true; user: CurrentUser } | { ok: false; response: Response };

export const ROUTE_ACCESS_MESSAGES = {
  unauthenticated: "Bạn cần đăng nhập để tải tệp này.",
  forbidden: "Bạn không có quyền truy cập trang này.",
} as const;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A minimal page for a refused download: the message and the way on. */
export function refusalResponse(status: number, message: string, link: { href: string; label: string }): Response {
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(message)}</title></head><body style="font-family: sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5"><h1 style="font-size: 1.4rem">${escapeHtml(message)}</h1><p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p></body></html>`;
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
  });
}

/**
 * The signed-in person holding `capability`, or the response to send instead:
 * 401 without a valid session, 403 (and a permission.denied audit row, as
 * requireCapability writes) without the capability, 403 while the account
 * still needs its setup (temporary password, two-step sign-in).
 */
export async function authorizeRoute(request: Request, capability: Capability): Promise<RouteAccess> {
  const url = new URL(request.url);
  const path = url.pathname + url.search;
  const user = await getCurrentUser();
  if (!user) {
    const signIn = `/dang-nhap?callbackUrl=${encodeURIComponent(path)}`;
    return { ok: false, response: refusalResponse(401, ROUTE_ACCESS_MESSAGES.unauthenticated, { href: signIn, label: "Đăng nhập" }) };
  }
  const denial = await authorizationDenial(user, capability, { ip: clientIp(request.headers), path });
  if (denial?.pending) {
    return { ok: false, response: refusalResponse(403, PENDING_SETUP_MESSAGES[denial.pending], { href: ACCOUNT_PAGE, label: "Đến trang tài khoản" }) };
  }
  if (denial) return { ok: false, response: refusalResponse(403, ROUTE_ACCESS_MESSAGES.forbidden, { href: "/quan-tri", label: "Về trang quản trị" }) };
  return { ok: true, user };
}
