// `npm run bench`: a production build under autocannon on 127.0.0.1 only.
//   public      100,000 published items by 2,000 people: public pages at 32
//               connections, then the quota dashboard, its Excel export and
//               the year's activity report one request at a time
//               (tests/bench/last-result.md)
//   backoffice  the demo content, 16 signed-in back-office readers, on the
//               embedded database and on native PostgreSQL side by side
//               (tests/bench/last-result-backoffice.md; see backoffice.ts)
// `npm run bench -- backoffice` runs only the named case(s).
//
// BENCH_DATABASE_URL  use this (empty or disposable!) database instead of
//                     recreating `trang_bench` on the native server
// BENCH_KEEP_DATABASE=1  keep trang_bench afterwards (dropped by default)
// BENCH_ITEMS, BENCH_DOCUMENTS, BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_PORT
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations, ensurePrismaClient } from "@/lib/runtime/migrate";
import { adminQuery, benchDatabaseUrl } from "./admin-database";
import { benchBackOffice } from "./backoffice";
import { loadBenchData } from "./load";
import { comparedTable, measureAgainstReference, type ComparedRow } from "./reference";
import { SEARCH_QUERIES } from "./search-queries";
import { BENCH_CACHE_EXPIRY_SECRET, timeReports, timingTable } from "./reports";
import { buildIfStale, SECONDS, startServer, stopServer, waitFor } from "./server";

const ITEMS = Number(process.env.BENCH_ITEMS || 100_000);
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS || 2_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 32);
const PORT = Number(process.env.BENCH_PORT || 3107);
const RESULT_FILE = path.join(import.meta.dirname, "last-result.md");

async function freshDatabase(): Promise<string> {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
  await adminQuery(`DROP DATABASE IF EXISTS trang_bench WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE trang_bench`);
  return benchDatabaseUrl("trang_bench");
}

function markdown(rows: ComparedRow[], loadSeconds: number): string {
  const cpu = os.cpus();
  const lines = [
    `Benchmark of ${new Date().toISOString().slice(0, 10)}: ${ITEMS.toLocaleString("en")} published items, ` +
      `${DOCUMENTS.toLocaleString("en")} documents (loaded in ${loadSeconds.toFixed(1)} s), the site's server (page cache) on PostgreSQL, ` +
      `autocannon ${CONNECTIONS} connections × ${SECONDS} s per page, 127.0.0.1.`,
    "",
    `Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${os.type()} ${os.release()}.`,
    "",
    ...comparedTable(rows),
    "",
  ];
  return lines.join("\n");
}

/** Public pages and the reports on 100,000 items (native PostgreSQL). */
async function benchPublicPages(): Promise<void> {
  await ensurePrismaClient();
  const databaseUrl = await freshDatabase();
  console.log(`Database: ${new URL(databaseUrl).host}${new URL(databaseUrl).pathname}`);
  await applyMigrations(databaseUrl);

  const loadStarted = Date.now();
  const { itemSlug, sectionSlug, documentSlug } = await loadBenchData(databaseUrl, { items: ITEMS, documents: DOCUMENTS });
  const loadSeconds = (Date.now() - loadStarted) / 1000;
  console.log(`Loaded ${ITEMS} items and ${DOCUMENTS} documents in ${loadSeconds.toFixed(1)} s.`);

  await buildIfStale();
  const server = startServer(PORT, {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "bench-site-secret-0123456789abcdef0123",
    REQUIRE_2FA_FOR_ADMIN: "false",
    CACHE_EXPIRY_SECRET: BENCH_CACHE_EXPIRY_SECRET,
  });
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
      ["document", `/van-ban/${documentSlug}`],
    ];
    const rows: ComparedRow[] = [];
    const referencePort = PORT + 1;
    for (const [name, pathname] of pages) {
      rows.push(await measureAgainstReference(name, { port: PORT, referencePort, path: pathname, connections: CONNECTIONS }));
    }
    const searchRequests = SEARCH_QUERIES.map((q) => ({ path: `/tim-kiem?q=${encodeURIComponent(q)}` }));
    rows.push(
      await measureAgainstReference(`search, ${SEARCH_QUERIES.length} queries in turn`, {
        port: PORT,
        referencePort,
        path: searchRequests[0]!.path,
        requests: searchRequests,
        connections: CONNECTIONS,
      }),
    );
    console.log("Reports, one request at a time:");
    const reports = await timeReports(`http://127.0.0.1:${PORT}`);
    const table = `${markdown(rows, loadSeconds)}\nReports (signed in as the standing committee, one request at a time, ${ITEMS.toLocaleString("en")} items, 2,000 people):\n\n${timingTable(reports).join("\n")}\n`;
    fs.writeFileSync(RESULT_FILE, table);
    console.log(`\n${table}\nWritten to ${path.relative(process.cwd(), RESULT_FILE)}.`);
  } finally {
    process.off("SIGINT", stopOnSignal);
    process.off("SIGTERM", stopOnSignal);
    await stopServer(server);
    // ~1 GB: kept only on request (BENCH_KEEP_DATABASE=1) for a look inside.
    if (!process.env.BENCH_DATABASE_URL && process.env.BENCH_KEEP_DATABASE !== "1") {
      await adminQuery(`DROP DATABASE IF EXISTS trang_bench WITH (FORCE)`);
    }
  }
}

// `npm run bench` runs every case; `npm run bench -- backoffice` (or public) only those named.
const CASES: Record<string, () => Promise<void>> = { public: benchPublicPages, backoffice: benchBackOffice };

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !(name in CASES));
  if (unknown.length) throw new Error(`Unknown benchmark case(s): ${unknown.join(", ")}. Cases: ${Object.keys(CASES).join(", ")}.`);
  for (const [name, run] of Object.entries(CASES)) {
    if (wanted.length === 0 || wanted.includes(name)) await run();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
