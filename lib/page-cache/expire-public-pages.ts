// The page cache (lib/runtime/page-cache) lives in the server process, in
// front of Next; the code that changes public content runs inside Next's
// bundles in that same process. They meet on globalThis: the server registers
// its purge here, and whatever expires a public cache tag calls
// expirePublicPages() right after. Outside the server (tests, scripts) nothing
// is registered and the call does nothing.

type PagePurge = () => void;

const PURGE_KEY = Symbol.for("trang.pageCache.purge");

type WithPurge = typeof globalThis & { [PURGE_KEY]?: PagePurge };

/** Called by the page cache's owner (the HTTP server) once it exists. */
export function registerPagePurge(purge: PagePurge): void {
  (globalThis as WithPurge)[PURGE_KEY] = purge;
}

/** Forgets every cached public page, so the next reader of any of them sees the change. */
export function expirePublicPages(): void {
  (globalThis as WithPurge)[PURGE_KEY]?.();
}
