// Names shared by proxy.ts and the server code, in a module with no imports
// so the proxy bundle stays small.

/** The path (and query) being rendered, set by proxy.ts for requireUser()'s callbackUrl. */
export const PATH_HEADER = "x-trang-path";

/** next-auth's session cookie, with and without the HTTPS-only prefix. */
export const SESSION_COOKIE_NAMES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
