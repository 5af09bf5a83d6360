// The security headers of every page response. The CSP is per response: its
// script nonce is new each time, so no inline script runs unless Next (or we)
// rendered it for this very response.
export const FRAME_SOURCES = ["https://www.youtube-nocookie.com", "https://www.youtube.com", "https://www.facebook.com"];

// Inline styles, measured in Chromium with `style-src 'self'`
// (tests/e2e/security/csp-style-measure.spec.ts): the public site and the
// sign-in pages have none (sanitised article HTML keeps no style attribute,
// Next links its CSS), so they get no 'unsafe-inline'. The back office keeps
// it: the unit tree indents with style attributes, report tables size their
// columns with them, and the editor (Tiptap/ProseMirror) injects its base
// <style> and writes table column widths as style attributes at run time.
// Style attributes cannot run script; the back office is behind sign-in.
// In development Next injects every stylesheet as a <style> element.
const isBackOfficePath = (pathname: string) => /^\/quan-tri(\/|$)/.test(pathname);

/** style-src for a path; without one (a caller that does not say), the lenient back-office policy. */
export function styleSources(pathname: string | undefined, isDev = false): string[] {
  return isDev || pathname === undefined || isBackOfficePath(pathname) ? ["'self'", "'unsafe-inline'"] : ["'self'"];
}

export function buildCsp({ nonce, isDev, pathname }: { nonce: string; isDev: boolean; pathname?: string }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // 'unsafe-eval' only in development: React rebuilds server error stacks with eval.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(isDev ? ["'unsafe-eval'"] : [])],
    "style-src": styleSources(pathname, isDev),
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(isDev ? ["ws:"] : [])],
    "frame-src": FRAME_SOURCES,
    "frame-ancestors": ["'none'"],
    // No page needs <base>; an injected one could redirect relative script URLs.
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "object-src": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** Headers that do not depend on the request (the CSP does, see buildCsp). */
export function staticSecurityHeaders({ isHttps }: { isHttps: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    ...(isHttps ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** A fresh random nonce (Web Crypto: works in the proxy and in Node). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** Paths whose responses must never be stored: the back office and sign-in pages. */
export function isPrivatePath(pathname: string): boolean {
  return /^\/(quan-tri|dang-nhap|quen-mat-khau|dat-lai-mat-khau)(\/|$)/.test(pathname);
}
