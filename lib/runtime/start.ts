// `npm start` (and `npm run dev` with --dev): database, migrations, demo
// content on the first embedded start, a production build when missing or
// stale, then the Next.js server. Stopping this process stops them all.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { env } from "@/lib/env";
import { incomingDir } from "@/lib/server/media/storage";
import { demoAccountsBanner, prepareAuthSettings } from "./auth-settings";
import { isBuildFresh, markBuild, sourceHash } from "./build-cache";
import { NEXT_CLI, runNode } from "./commands";
import { openDatabase } from "./database";
import { newCacheExpirySecret, requestCacheExpiry } from "./request-cache-expiry";

const isDev = process.argv.includes("--dev");

async function buildIfStale(distDir: string): Promise<void> {
  const hash = sourceHash();
  if (isBuildFresh(distDir, hash)) return;
  console.log("Building the site (first start or changed sources)…");
  // Without REDIS_URL: the build prerenders with the default cache; the
  // shared one (next.config.ts) is for the running server.
  await runNode(NEXT_CLI, ["build"], { env: { NODE_ENV: "production", REDIS_URL: "" } });
  markBuild(distDir, hash);
}

// Serves Next behind our own HTTP server (see next-server.ts: X-Forwarded-For,
// the page cache), run through tsx like this launcher.
const SERVER_SCRIPT = fileURLToPath(new URL("./next-server.ts", import.meta.url));

async function main(): Promise<void> {
  // Refuses to start without AUTH_SECRET on a real database, before anything else.
  prepareAuthSettings({ isEmbedded: !env().databaseUrl });
  const config = env();
  const database = await openDatabase();
  let banner: string | undefined;
  if (database.embedded) {
    const { seedDemoIfEmpty, DEMO_ACCOUNTS, DEMO_PASSWORD } = await import("@/prisma/seed");
    await seedDemoIfEmpty();
    banner = demoAccountsBanner(config.siteUrl, DEMO_ACCOUNTS, DEMO_PASSWORD);
  }
  // Imported only now: the Prisma client exists once openDatabase has run.
  const { catchUpScheduledItems, startScheduler } = await import("@/lib/server/workflow/scheduler");
  // Items that fell due while the site was down. The server has not started
  // yet (and its data cache is cleared below), so no cache needs expiring.
  await catchUpScheduledItems().catch((error) => console.error("Scheduler: catch-up failed:", error));
  const distDir = path.resolve(process.env.NEXT_DIST_DIR || ".next");
  if (!isDev) await buildIfStale(distDir);
  // The data cache may hold pages of another database or of an older run.
  fs.rmSync(path.join(distDir, "cache", "fetch-cache"), { recursive: true, force: true });
  // Uploads cut short by a crash or a kill; no upload runs before the server starts.
  fs.rmSync(incomingDir(), { recursive: true, force: true });

  const cacheExpirySecret = newCacheExpirySecret();
  const server = spawn(process.execPath, ["--import", "tsx", SERVER_SCRIPT, ...(isDev ? ["--dev"] : [])], {
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: String(config.port),
      NODE_ENV: isDev ? "development" : "production",
      CACHE_EXPIRY_SECRET: cacheExpirySecret,
    },
    stdio: "inherit",
  });
  const scheduler = startScheduler({
    intervalSeconds: config.schedulerIntervalSeconds,
    onPublished: async (itemIds) => {
      console.log(`Scheduler: published item(s) ${itemIds.join(", ")} on schedule.`);
      await requestCacheExpiry({ port: config.port, secret: cacheExpirySecret });
    },
  });
  // Campaign and banner windows open and close on time, visit or not.
  const { startWindowEdgeWatcher } = await import("@/lib/server/campaigns/window-edge-watcher");
  const windowEdges = startWindowEdgeWatcher({
    intervalSeconds: config.schedulerIntervalSeconds,
    onEdge: () => requestCacheExpiry({ port: config.port, secret: cacheExpirySecret }),
  });
  console.log(`Site: ${config.siteUrl}`);
  if (banner) console.log(banner);

  let isStopping = false;
  const stop = async (code: number) => {
    if (isStopping) return;
    isStopping = true;
    await Promise.all([scheduler.stop(), windowEdges.stop()]);
    if (server.exitCode === null) server.kill("SIGTERM");
    await database.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  server.on("exit", (code) => void stop(code ?? 0));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
