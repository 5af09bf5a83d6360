import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { PAGE_CACHE_FILL_HEADER, PAGE_CACHE_NONCE_HEADER } from "@/lib/auth/proxy-constants";
import { recordCachedItemView } from "@/lib/page-cache/cached-item-views";
import { registerPagePurge } from "@/lib/page-cache/expire-public-pages";
import { pageCacheKey } from "./cacheable-request";
import { fillPage } from "./fill-page";
import { freshNonce, pickEncoding, renderPageEntry } from "./page-entry";
import { PageStore } from "./page-store";
import { createPurgeBus } from "../shared-cache/purge-bus";

// Anonymous readers' pages, answered before Next is reached: one render per
// page until content changes, then bytes from memory with a fresh nonce (see
// page-entry.ts). Whatever the cache may not answer (pageCacheKey) or cannot
// share (fillPage) is left to Next, which renders it as before.

export type PageCache = {
  /** The secret the proxy checks before taking a fill request's nonce (PAGE_CACHE_FILL_SECRET). */
  readonly fillSecret: string;
  /** Answers from the cache and returns true, or returns false for Next to answer. */
  serve(request: IncomingMessage, response: ServerResponse): Promise<boolean>;
  purge(): void;
};

// An item page as readers read it (not its print, radio or share-image versions).
const ITEM_PAGE = /^\/bai-viet\/([^/?]+)(?:\?|$)/;

function isFillRequest(request: IncomingMessage, fillSecret: string): boolean {
  const given = request.headers[PAGE_CACHE_FILL_HEADER];
  if (typeof given !== "string") return false;
  const a = Buffer.from(given);
  const b = Buffer.from(fillSecret);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function createPageCache({ port, maxBytes, maxAgeMs, redisUrl }: {
  port: number;
  maxBytes: number;
  maxAgeMs: number;
  /** Several instances: purges travel through Redis (see purge-bus.ts). */
  redisUrl?: string;
}): PageCache {
  const fillSecret = randomBytes(32).toString("base64url");
  const store = new PageStore({ maxBytes, maxAgeMs });
  const bus = redisUrl && maxBytes > 0 ? createPurgeBus({ redisUrl, onRemotePurge: () => store.purge() }) : undefined;
  registerPagePurge(() => {
    store.purge();
    bus?.publish();
  });

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    if (isFillRequest(request, fillSecret)) return false;
    // Only our own fills may choose the nonce the page is rendered with.
    delete request.headers[PAGE_CACHE_FILL_HEADER];
    delete request.headers[PAGE_CACHE_NONCE_HEADER];
    const key = pageCacheKey(request);
    if (!key || maxBytes === 0 || (bus && !bus.isListening)) return false;
    const found = await store.get(key, () => fillPage({ port, path: key, fillSecret })).catch((error: unknown) => {
      console.error(`Page cache: rendering ${key} failed; Next answers directly.`, error);
      return null;
    });
    if (!found?.entry) return false;
    const page = renderPageEntry(found.entry, freshNonce(), pickEncoding(request.headers["accept-encoding"]));
    response.writeHead(page.status, [...page.headers, ["X-Page-Cache", found.isHit ? "hit" : "miss"]].flat());
    response.end(request.method === "HEAD" ? undefined : page.body);
    // A miss was counted by the render that filled the cache.
    const itemSlug = ITEM_PAGE.exec(key)?.[1];
    if (found.isHit && itemSlug && request.method === "GET") recordCachedItemView(itemSlug);
    return true;
  }

  return { fillSecret, serve, purge: () => store.purge() };
}
