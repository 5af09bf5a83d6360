// The quota dashboard, its Excel export and the year's activity report on
// the benchmark site (100,000 items, 2,000 people), one request at a time as
// a reader would open them: how long each answer takes, against the budget
// issue 9 sets (300 ms, 2 s, 500 ms). "Warm": the reports' figures are in the
// data cache (lib/server/cached-by-day.ts); "cold": the first view after something
// they count changed (each sample follows a cache expiry, as a publication
// causes).
import { vietnamYear } from "@/lib/content/dates";
import { BENCH_READER } from "./load-organisation";
import { signIn } from "./server";

const SAMPLES = Number(process.env.BENCH_REPORT_SAMPLES || 15);

export type TimingRow = { name: string; path: string; budgetMs: number; p50: number; p95: number; max: number; coldP50: number; coldMax: number; bytes: number };

/** The secret the benchmark hands its server for the launcher's cache-expiry route. */
export const BENCH_CACHE_EXPIRY_SECRET = "bench-cache-expiry-secret-0123456789abcdef";

async function expireCaches(baseUrl: string): Promise<void> {
  const response = await fetch(`${baseUrl}/api/internal/cache-expiry`, { method: "POST", headers: { "x-cache-expiry-secret": BENCH_CACHE_EXPIRY_SECRET } });
  if (response.status !== 204) throw new Error(`cache expiry answered ${response.status}`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function time(baseUrl: string, cookie: string, path: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie }, redirect: "manual" });
  const body = await response.arrayBuffer();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  return { ms, bytes: body.byteLength };
}

export async function timeReports(baseUrl: string): Promise<TimingRow[]> {
  const cookie = await signIn(baseUrl, BENCH_READER.email, BENCH_READER.password);
  const year = vietnamYear(new Date());
  const cases: [string, string, number][] = [
    ["quota dashboard", `/quan-tri/chi-tieu?nam=${year}`, 300],
    ["quota dashboard, filtered and sorted", `/quan-tri/chi-tieu?nam=${year}&trang-thai=NOT_YET&sap-xep=remaining&chieu=giam`, 300],
    ["quota Excel export", `/quan-tri/chi-tieu/excel?nam=${year}`, 2000],
    ["activity report, a year", `/quan-tri/bao-cao?ky=nam&nam=${year}`, 500],
  ];
  const rows: TimingRow[] = [];
  for (const [name, path, budgetMs] of cases) {
    for (let i = 0; i < 3; i++) await time(baseUrl, cookie, path);
    const samples: number[] = [];
    let bytes = 0;
    for (let i = 0; i < SAMPLES; i++) {
      const result = await time(baseUrl, cookie, path);
      samples.push(result.ms);
      bytes = result.bytes;
    }
    const cold: number[] = [];
    for (let i = 0; i < 5; i++) {
      await expireCaches(baseUrl);
      cold.push((await time(baseUrl, cookie, path)).ms);
    }
    samples.sort((a, b) => a - b);
    cold.sort((a, b) => a - b);
    const row = {
      name,
      path,
      budgetMs,
      p50: percentile(samples, 50),
      p95: percentile(samples, 95),
      max: samples[samples.length - 1]!,
      coldP50: percentile(cold, 50),
      coldMax: cold[cold.length - 1]!,
      bytes,
    };
    console.log(
      `  ${name}: warm p50 ${row.p50.toFixed(0)} ms, p95 ${row.p95.toFixed(0)} ms, max ${row.max.toFixed(0)} ms; ` +
        `cold p50 ${row.coldP50.toFixed(0)} ms, max ${row.coldMax.toFixed(0)} ms (budget ${budgetMs} ms), ${bytes} bytes`,
    );
    rows.push(row);
  }
  return rows;
}

export function timingTable(rows: readonly TimingRow[]): string[] {
  return [
    "| report | path | warm p50 (ms) | warm p95 (ms) | warm max (ms) | cold p50 (ms) | cold max (ms) | budget (ms) | size |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.name} | \`${r.path}\` | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.max.toFixed(0)} | ${r.coldP50.toFixed(0)} | ${r.coldMax.toFixed(0)} | ${r.budgetMs} | ${(r.bytes / 1024).toFixed(0)} KB |`,
    ),
  ];
}
