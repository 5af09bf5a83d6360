// The HTTP server `npm start` runs: Next's request handler behind a plain
// Node server, for three reasons.
//  1. Next only fills in X-Forwarded-For when the request has none (`??=` in
//     base-server.js), so a client talking to us directly could name any
//     address and dodge the per-IP sign-in limit. Here the TCP peer is always
//     appended as the last hop; lib/server/auth/client-ip.ts reads the list from the
//     right and believes earlier hops only when the peer is one of
//     TRUSTED_PROXIES.
//  2. Anonymous readers' pages come from the page cache (page-cache/), which
//     answers before Next's handler and proxy are reached: Next tops out near
//     1,000 tiny responses/s on two cores, a page from memory at ~10,000.
//  3. The build's static files go out from memory with brotli (static-assets.ts).
//  4. While PostgreSQL is away, what needs it gets a clean 503 (database-watch.ts).
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { PUBLIC_CACHE_SECONDS } from "@/lib/cache-tags";
import { parseEnv } from "@/lib/env-schema";
import { isDatabaseUnreachable } from "@/lib/database-outage";
import { startDatabaseWatch } from "./database-watch";
import { createPageCache } from "./page-cache/page-cache";
import { answerServiceUnavailable, downgradeOutageErrors } from "./service-unavailable";
import { createStaticAssets } from "./static-assets";

const isDev = process.argv.includes("--dev");
// The pure parser, not lib/env.ts: that one is server-only, and this process
// runs Next in plain Node, where "server-only" resolves to its throwing entry
// (only Next's own bundles and the react-server condition map it to a no-op).
const { port, pageCacheMegabytes, redisUrl, databaseUrl } = parseEnv(process.env);
const pageCache = createPageCache({
  port,
  redisUrl,
  // The development server renders every request afresh, as developers expect.
  maxBytes: isDev ? 0 : pageCacheMegabytes * 2 ** 20,
  maxAgeMs: PUBLIC_CACHE_SECONDS * 1000,
});
// Read by proxy.ts (in this process) to recognise the cache's own requests.
process.env.PAGE_CACHE_FILL_SECRET = pageCache.fillSecret;
if (databaseUrl) startDatabaseWatch(databaseUrl);
const serveStaticAsset = createStaticAssets(path.resolve(process.env.NEXT_DIST_DIR || ".next"));

const server = createServer((request, response) => {
  const peer = request.socket.remoteAddress ?? "";
  const forwarded = request.headers["x-forwarded-for"];
  const earlier = Array.isArray(forwarded) ? forwarded.join(", ") : forwarded;
  request.headers["x-forwarded-for"] = earlier ? `${earlier}, ${peer}` : peer;
  void answer(request, response);
});

async function answer(request: Parameters<typeof handle>[0], response: Parameters<typeof handle>[1]): Promise<void> {
  try {
    if (!isDev && (await serveStaticAsset(request, response))) return;
    if (await pageCache.serve(request, response)) return;
  } catch (error) {
    console.error("Serving from memory failed; Next answers.", error);
  }
  if (response.headersSent) return;
  if (isDatabaseUnreachable() && !request.url?.startsWith("/_next/")) {
    return answerServiceUnavailable(response, request.method === "HEAD");
  }
  downgradeOutageErrors(response);
  await handle(request, response);
}

// Given the server, Next attaches its own WebSocket upgrades (dev HMR).
const app = next({ dev: isDev, port, hostname: "localhost", httpServer: server });
const handle = app.getRequestHandler();
await app.prepare();
server.listen(port, () => {
  console.log(`> Ready on port ${port} (${isDev ? "development" : "production"})`);
});
