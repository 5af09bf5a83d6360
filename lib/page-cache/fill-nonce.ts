import { PAGE_CACHE_FILL_HEADER, PAGE_CACHE_NONCE_HEADER } from "@/lib/auth/proxy-constants";

// The proxy's side of the page cache (lib/runtime/page-cache): a request
// carrying the server's fill secret is the cache rendering a page, and its
// nonce is the secret the cache swaps for a fresh one in every response.
// Anyone else's request gets a new random nonce; the server strips these
// headers from requests that come from outside.

const NONCE_SHAPE = /^[A-Za-z0-9+/]{22}==$/;

function isSameSecret(given: string, expected: string): boolean {
  if (given.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < given.length; i += 1) difference |= given.charCodeAt(i) ^ expected.charCodeAt(i);
  return difference === 0;
}

/** The nonce a page-cache fill asks for, or undefined for every other request. */
export function pageCacheFillNonce(headers: Headers, fillSecret: string | undefined): string | undefined {
  const given = headers.get(PAGE_CACHE_FILL_HEADER);
  const nonce = headers.get(PAGE_CACHE_NONCE_HEADER);
  if (!fillSecret || !given || !nonce || !NONCE_SHAPE.test(nonce)) return undefined;
  return isSameSecret(given, fillSecret) ? nonce : undefined;
}
