// Names shared by proxy.ts and the server code, in a module with no imports
// so the proxy bundle stays small.

/** The path (and query) being rendered, set by proxy.ts for requireUser()'s callbackUrl. */
export const PATH_HEADER = "x-trang-path";

/** next-auth's session cookie, with and without the HTTPS-only prefix. */
export const SESSION_COOKIE_NAMES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/**
 * The page cache's own requests to Next (lib/runtime/page-cache): with the
 * server's secret in the first header, the proxy renders the page with the
 * nonce in the second, a secret the cache replaces in every response.
 */
export const PAGE_CACHE_FILL_HEADER = "x-page-cache-fill";
export const PAGE_CACHE_NONCE_HEADER = "x-page-cache-nonce";
