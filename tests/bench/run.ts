// `npm run bench`: a production build serving 100,000 published items, under
// autocannon at 32 connections, on 127.0.0.1 only. Prints and writes a
// Markdown table (tests/bench/last-result.md) for the README.
//
// BENCH_DATABASE_URL  use this (empty or disposable!) database instead of
//                     recreating `trang_bench` on the native server
// BENCH_KEEP_DATABASE=1  keep trang_bench afterwards (dropped by default)
// BENCH_ITEMS, BENCH_DOCUMENTS, BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_PORT
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { isBuildFresh, markBuild, sourceHash } from "@/lib/runtime/build-cache";
import { NEXT_CLI, runNode } from "@/lib/runtime/commands";
import { applyMigrations, ensurePrismaClient } from "@/lib/runtime/migrate";
import { loadBenchData } from "./load";

const ITEMS = Number(process.env.BENCH_ITEMS || 100_000);
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS || 2_000);
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 32);
const PORT = Number(process.env.BENCH_PORT || 3107);
const DIST_DIR = ".next-bench";
const ADMIN_URL = process.env.TEST_PG_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const RESULT_FILE = path.join(import.meta.dirname, "last-result.md");

async function adminQuery(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

async function freshDatabase(): Promise<string> {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
  await adminQuery(`DROP DATABASE IF EXISTS trang_bench WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE trang_bench`);
  const url = new URL(ADMIN_URL);
  url.pathname = "/trang_bench";
  return url.toString();
}

async function buildIfStale(): Promise<void> {
  const distDir = path.resolve(DIST_DIR);
  const hash = sourceHash();
  if (isBuildFresh(distDir, hash)) return console.log(`Build in ${DIST_DIR} is up to date.`);
  const started = Date.now();
  // `next build` with another distDir adds it to tsconfig.json's include;
  // the benchmark must not leave the checkout modified.
  const tsconfig = fs.readFileSync("tsconfig.json", "utf8");
  try {
    await runNode(NEXT_CLI, ["build"], { env: { NODE_ENV: "production", NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" } });
  } finally {
    fs.writeFileSync("tsconfig.json", tsconfig);
  }
  markBuild(distDir, hash);
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

function startServer(databaseUrl: string): ChildProcess {
  fs.rmSync(path.join(DIST_DIR, "cache", "fetch-cache"), { recursive: true, force: true });
  return spawn(process.execPath, [NEXT_CLI, "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX || "10",
      NEXT_DIST_DIR: DIST_DIR,
      NODE_ENV: "production",
      SITE_URL: `http://127.0.0.1:${PORT}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(10_000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  const timer = setTimeout(() => server.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

type Row = { name: string; path: string; rps: number; p50: number; p99: number; non2xx: number; errors: number };

async function measure(name: string, pathname: string): Promise<Row> {
  const url = `http://127.0.0.1:${PORT}${pathname}`;
  for (let i = 0; i < 5; i++) await fetch(url).then((r) => r.arrayBuffer());
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, timeout: 30 });
  const row = {
    name,
    path: pathname,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
  console.log(`  ${name}: ${row.rps} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, non-2xx ${row.non2xx}, errors ${row.errors}`);
  return row;
}

function markdown(rows: Row[], loadSeconds: number): string {
  const cpu = os.cpus();
  const lines = [
    `Benchmark of ${new Date().toISOString().slice(0, 10)}: ${ITEMS.toLocaleString("en")} published items, ` +
      `${DOCUMENTS.toLocaleString("en")} documents (loaded in ${loadSeconds.toFixed(1)} s), \`next start\` on PostgreSQL, ` +
      `autocannon ${CONNECTIONS} connections × ${SECONDS} s per page, 127.0.0.1.`,
    "",
    `Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${os.type()} ${os.release()}.`,
    "",
    "| page | path | requests/s | p50 (ms) | p99 (ms) | non-2xx | errors |",
    "|---|---|---:|---:|---:|---:|---:|",
    ...rows.map((r) => `| ${r.name} | \`${r.path}\` | ${r.rps} | ${r.p50} | ${r.p99} | ${r.non2xx} | ${r.errors} |`),
    "",
  ];
  return lines.join("\n");
}

async function main(): Promise<void> {
  await ensurePrismaClient();
  const databaseUrl = await freshDatabase();
  console.log(`Database: ${new URL(databaseUrl).host}${new URL(databaseUrl).pathname}`);
  await applyMigrations(databaseUrl);

  const loadStarted = Date.now();
  const { itemSlug, sectionSlug } = await loadBenchData(databaseUrl, { items: ITEMS, documents: DOCUMENTS });
  const loadSeconds = (Date.now() - loadStarted) / 1000;
  console.log(`Loaded ${ITEMS} items and ${DOCUMENTS} documents in ${loadSeconds.toFixed(1)} s.`);

  await buildIfStale();
  const server = startServer(databaseUrl);
  const stopOnSignal = () => void stopServer(server).then(() => process.exit(130));
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);
  try {
    await waitFor(`http://127.0.0.1:${PORT}/`, 120_000);
    const pages: [string, string][] = [
      ["home", "/"],
      ["section, page 1", `/chuyen-muc/${sectionSlug}`],
      ["section, page 200", `/chuyen-muc/${sectionSlug}?trang=200`],
      ["item", `/bai-viet/${itemSlug}`],
      ["search", "/tim-kiem?q=theo+guong+bac"],
    ];
    const rows: Row[] = [];
    for (const [name, pathname] of pages) rows.push(await measure(name, pathname));
    const table = markdown(rows, loadSeconds);
    fs.writeFileSync(RESULT_FILE, table);
    console.log(`\n${table}\nWritten to ${path.relative(process.cwd(), RESULT_FILE)}.`);
  } finally {
    await stopServer(server);
    // ~1 GB: kept only on request (BENCH_KEEP_DATABASE=1) for a look inside.
    if (!process.env.BENCH_DATABASE_URL && process.env.BENCH_KEEP_DATABASE !== "1") {
      await adminQuery(`DROP DATABASE IF EXISTS trang_bench WITH (FORCE)`);
    }
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
