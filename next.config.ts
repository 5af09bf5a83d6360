import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets several builds or dev servers share one checkout (tests, benchmarks).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native or WASM packages that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "sharp", "pg", "@node-rs/argon2"],
  images: { unoptimized: true },
  // forbidden() and forbidden.tsx: a real 403 for back-office pages a role may not see.
  experimental: { authInterrupts: true },
};

export default nextConfig;
