// Search alone, every request a cache miss:
//   npx tsx --conditions=react-server tests/bench/search-only.ts load   100,000 items into SEARCH_BENCH_DATABASE
//   npx tsx --conditions=react-server tests/bench/search-only.ts sql    each query's SQL, median of 5 runs
//   NEXT_DIST_DIR=.next-x npx tsx --conditions=react-server tests/bench/search-only.ts http
//        `next start` from that (existing) build on SEARCH_BENCH_PORT, 32
//        connections, each request a query no cache has seen
// A miss is a query text never asked before with the same search work: the
// queries of search-queries.ts with letters' case changed by a counter
// ("theo gương Bác", "Theo gương Bác", "tHeo gương Bác", …). The words, and
// so the SQL, stay the same; the URL (page cache) and the normalised text
// (data cache) are new each time.
import { spawn } from "node:child_process";
import autocannon from "autocannon";
import pg from "pg";
import { Prisma } from "@/lib/generated/prisma/client";
import { NEXT_CLI } from "@/lib/runtime/commands";
import { applyMigrations, ensurePrismaClient } from "@/lib/runtime/migrate";
import { parseSearchQuery } from "@/lib/search/parse-search-query";
import { documentCandidatesSql, documentCountSql } from "@/lib/server/search/search-documents";
import { itemCandidatesSql, itemCountSql } from "@/lib/server/search/search-items";
import { adminQuery, benchDatabaseUrl } from "./admin-database";
import { loadBenchData } from "./load";
import { SEARCH_QUERIES } from "./search-queries";
import { stopServer, waitFor } from "./server";

const PORT = Number(process.env.SEARCH_BENCH_PORT || 3323);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 32);
const SECONDS = Number(process.env.BENCH_SECONDS || 10);

const DATABASE = process.env.SEARCH_BENCH_DATABASE || "trang_search_bench";

const databaseUrl = () => benchDatabaseUrl(DATABASE);

async function load(): Promise<void> {
  await ensurePrismaClient();
  await adminQuery(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${DATABASE}`);
  await applyMigrations(databaseUrl());
  const started = Date.now();
  await loadBenchData(databaseUrl(), { items: 100_000, documents: 2_000 });
  console.log(`Loaded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

/** The n-th spelling of `text`: letter k upper-cased when bit k of n is set. */
export function spelling(text: string, n: number): string {
  let bit = 0;
  return [...text]
    .map((char) => {
      if (char.toLowerCase() === char.toUpperCase()) return char;
      const upper = (n >> bit++) & 1;
      return upper ? char.toUpperCase() : char.toLowerCase();
    })
    .join("");
}

function toText(sql: Prisma.Sql): string {
  let n = 0;
  return sql.sql.replace(/\?/g, () => `$${++n}`);
}

async function timeSql(): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    for (const text of SEARCH_QUERIES) {
      const query = parseSearchQuery(text)!;
      const statements = {
        ranked: Prisma.sql`SELECT c.* FROM ((${itemCandidatesSql(query, 15)}) UNION ALL (${documentCandidatesSql(query, 15)})) AS c
          ORDER BY c.score DESC, c.at DESC, c.source DESC, c.id DESC LIMIT 15`,
        items: itemCountSql(query),
        documents: documentCountSql(query),
      };
      const times: string[] = [];
      for (const [name, sql] of Object.entries(statements)) {
        const runs: number[] = [];
        for (let i = 0; i < 5; i++) {
          const started = performance.now();
          await client.query(toText(sql), sql.values as unknown[]);
          runs.push(performance.now() - started);
        }
        times.push(`${name} ${runs.sort((a, b) => a - b)[2].toFixed(1)} ms`);
      }
      console.log(`  «${text}»: ${times.join(", ")}`);
    }
  } finally {
    await client.end();
  }
}

async function measureMisses(): Promise<void> {
  if (!process.env.NEXT_DIST_DIR) throw new Error("Set NEXT_DIST_DIR to an existing production build.");
  const server = spawn(process.execPath, [NEXT_CLI, "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl(), AUTH_SECRET: "search-bench-secret-0123456789abcdef", SITE_URL: `http://127.0.0.1:${PORT}`, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  try {
    await waitFor(`http://127.0.0.1:${PORT}/tim-kiem`, 120_000);
    let n = 0;
    const path = () => {
      const text = SEARCH_QUERIES[n % SEARCH_QUERIES.length]!;
      return `/tim-kiem?q=${encodeURIComponent(spelling(text, 1 + Math.floor(n++ / SEARCH_QUERIES.length)))}`;
    };
    const result = await autocannon({
      url: `http://127.0.0.1:${PORT}/tim-kiem`,
      connections: CONNECTIONS,
      duration: SECONDS,
      timeout: 30,
      requests: [{ setupRequest: (request) => ({ ...request, path: path() }) }],
    });
    console.log(
      `search, every request a miss (${SEARCH_QUERIES.length} queries, ${n} spellings): ${Math.round(result.requests.average)} req/s, ` +
        `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}, errors ${result.errors + result.timeouts}`,
    );
  } finally {
    await stopServer(server);
  }
}

async function main(): Promise<void> {
  const command = process.argv[2];
  if (command === "load") return load();
  if (command === "sql") return timeSql();
  if (command === "http") return measureMisses();
  throw new Error("Usage: search-only.ts load | sql | http");
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
