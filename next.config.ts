import path from "node:path";
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Metadata (<title>, description, Open Graph) in <head> for every reader,
  // never streamed into <body> afterwards: readers get pages without Next's
  // client runtime (lib/runtime/page-cache/reader-html.ts), which is what
  // would move streamed metadata into the head, and crawlers read the head.
  htmlLimitedBots: /.*/,
  // Lets several builds or dev servers share one checkout (tests, benchmarks).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native or WASM packages that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "sharp", "pg", "@node-rs/argon2"],
  images: { unoptimized: true },
  // Several instances share the data cache through Redis (REDIS_URL); the
  // handler is TypeScript, loaded by the server `npm start` runs (under tsx).
  ...(process.env.REDIS_URL
    ? { cacheHandler: path.resolve("lib/runtime/shared-cache/redis-cache-handler.ts"), cacheMaxMemorySize: 0 }
    : {}),
  // forbidden() and forbidden.tsx: a real 403 for back-office pages a role may not see.
  experimental: { authInterrupts: true },
};

export default nextConfig;
