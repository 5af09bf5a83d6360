// `npm start` (and `npm run dev` with --dev): database, migrations, demo
// content on the first embedded start, a production build when missing or
// stale, then the Next.js server. Stopping this process stops them all.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { isBuildFresh, markBuild, sourceHash } from "./build-cache";
import { NEXT_CLI, runNode } from "./commands";
import { openDatabase } from "./database";

const isDev = process.argv.includes("--dev");

async function buildIfStale(distDir: string): Promise<void> {
  const hash = sourceHash();
  if (isBuildFresh(distDir, hash)) return;
  console.log("Building the site (first start or changed sources)…");
  await runNode(NEXT_CLI, ["build"], { env: { NODE_ENV: "production" } });
  markBuild(distDir, hash);
}

async function main(): Promise<void> {
  const config = env();
  const database = await openDatabase();
  if (database.embedded) {
    const { seedDemoIfEmpty } = await import("@/prisma/seed");
    await seedDemoIfEmpty();
  }
  const distDir = path.resolve(process.env.NEXT_DIST_DIR || ".next");
  if (!isDev) await buildIfStale(distDir);
  // The data cache may hold pages of another database or of an older run.
  fs.rmSync(path.join(distDir, "cache", "fetch-cache"), { recursive: true, force: true });

  const server = spawn(process.execPath, [NEXT_CLI, isDev ? "dev" : "start", "-p", String(config.port)], {
    env: { ...process.env, DATABASE_URL: database.url, NODE_ENV: isDev ? "development" : "production" },
    stdio: "inherit",
  });
  console.log(`Site: ${config.siteUrl}`);

  let isStopping = false;
  const stop = async (code: number) => {
    if (isStopping) return;
    isStopping = true;
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
