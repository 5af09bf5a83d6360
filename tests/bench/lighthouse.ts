// Lighthouse (mobile, default config, simulated slow 4G and a 4× slower CPU)
// on the home, a section, an item and a document page, each run RUNS times;
// prints the medians and writes tests/bench/last-lighthouse.md.
//
//   npx tsx tests/bench/lighthouse.ts                  # its own `npm start` on a fresh demo
//   npx tsx tests/bench/lighthouse.ts http://host:port # a site already running
//
// Without a URL it starts the launcher on a temporary data directory (the
// first start seeds the demo and builds into NEXT_DIST_DIR, default
// .next-lighthouse), on LIGHTHOUSE_PORT (default 3150).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, chromiumPath } from "@/tests/setup/chromium";
import { stopServer, waitFor } from "./server";

const RUNS = Number(process.env.LIGHTHOUSE_RUNS || 3);
const PORT = Number(process.env.LIGHTHOUSE_PORT || 3150);
const RESULT_FILE = path.join("tests", "bench", "last-lighthouse.md");
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

type Sample = {
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  tbtMs: number;
  clsScore: number;
  /** Main-thread time in the (unthrottled) trace: all of it, and script evaluation + parsing. */
  mainThreadMs: number;
  scriptMs: number;
  /** Lighthouse's CPU benchmark of this machine at the time (lower: busier or slower). */
  benchmarkIndex: number;
  bytes: { font: number; script: number; document: number; total: number };
  requests: { font: number; script: number };
};

function startSite(dataDir: string): ChildProcess {
  const baseUrl = `http://127.0.0.1:${PORT}`;
  return spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/runtime/start.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: "",
      DATA_DIR: dataDir,
      PORT: String(PORT),
      EMBEDDED_DB_PORT: String(PORT + 1),
      SITE_URL: baseUrl,
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-lighthouse",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/** Headless Chromium with a DevTools port for Lighthouse to drive. */
async function launchChromium(): Promise<{ port: number; close: () => Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lighthouse-chromium-"));
  const browser = spawn(
    chromiumPath(),
    [
      "--headless=new",
      ...CHROMIUM_FLAGS,
      "--remote-debugging-port=0",
      `--user-data-dir=${profile}`,
      "about:blank",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let output = "";
    browser.stderr!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) resolve(Number(match[1]));
    });
    browser.once("exit", (code) => reject(new Error(`Chromium exited (${code}): ${output}`)));
  });
  return {
    port,
    close: async () => {
      await stopServer(browser);
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The first link on the home page to each kind of public page. */
async function findPages(baseUrl: string): Promise<{ name: string; url: string }[]> {
  const html = await (await fetch(`${baseUrl}/`)).text();
  const first = (prefix: string) => {
    const match = new RegExp(`href="(${prefix}[^"?#/]+)"`).exec(html);
    if (!match) throw new Error(`No ${prefix} link on the home page`);
    return `${baseUrl}${match[1]}`;
  };
  return [
    { name: "home", url: `${baseUrl}/` },
    { name: "section", url: first("/chuyen-muc/") },
    { name: "item", url: first("/bai-viet/") },
    { name: "document", url: first("/van-ban/") },
  ];
}

type SummaryItem = { resourceType: string; transferSize: number; requestCount: number };
type WorkItem = { group: string; duration: number };

async function audit(url: string, port: number): Promise<Sample> {
  const result = await lighthouse(url, { port, logLevel: "error", output: "json", onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  const items = ((lhr.audits["resource-summary"]?.details as { items?: SummaryItem[] } | undefined)?.items ?? []);
  const of = (type: string) => items.find((item) => item.resourceType === type) ?? { transferSize: 0, requestCount: 0 };
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const work = ((lhr.audits["mainthread-work-breakdown"]?.details as { items?: WorkItem[] } | undefined)?.items ?? []);
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Sample["scores"],
    lcpMs: numeric("largest-contentful-paint"),
    tbtMs: numeric("total-blocking-time"),
    clsScore: numeric("cumulative-layout-shift"),
    mainThreadMs: numeric("mainthread-work-breakdown"),
    scriptMs: work.filter((w) => w.group === "scriptEvaluation" || w.group === "scriptParseCompile").reduce((sum, w) => sum + w.duration, 0),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    bytes: { font: of("font").transferSize, script: of("script").transferSize, document: of("document").transferSize, total: of("total").transferSize },
    requests: { font: of("font").requestCount, script: of("script").requestCount },
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function summarise(name: string, url: string, samples: Sample[]): string {
  const m = (pick: (s: Sample) => number) => median(samples.map(pick));
  const cells = [
    name,
    `\`${new URL(url).pathname.slice(0, 40)}\``,
    ...CATEGORIES.map((c) => String(m((s) => s.scores[c]))),
    `${(m((s) => s.lcpMs) / 1000).toFixed(1)} s`,
    `${Math.round(m((s) => s.tbtMs))} ms`,
    m((s) => s.clsScore).toFixed(3),
    `${Math.round(m((s) => s.scriptMs))} / ${Math.round(m((s) => s.mainThreadMs))} ms`,
    `${m((s) => s.requests.font)} / ${kb(m((s) => s.bytes.font))}`,
    `${m((s) => s.requests.script)} / ${kb(m((s) => s.bytes.script))}`,
    kb(m((s) => s.bytes.document)),
    kb(m((s) => s.bytes.total)),
  ];
  return `| ${cells.join(" | ")} |`;
}

async function main(): Promise<void> {
  const givenUrl = process.argv[2]?.replace(/\/$/, "");
  const dataDir = givenUrl ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), "trang-lighthouse-"));
  const site = dataDir ? startSite(dataDir) : undefined;
  const baseUrl = givenUrl ?? `http://127.0.0.1:${PORT}`;
  let chromium: Awaited<ReturnType<typeof launchChromium>> | undefined;
  try {
    // The first start seeds the demo and builds the site: minutes on 2 cores.
    await waitFor(`${baseUrl}/`, 20 * 60_000);
    const pages = await findPages(baseUrl);
    chromium = await launchChromium();
    const rows: string[] = [];
    const benchmarks: number[] = [];
    for (const page of pages) {
      await fetch(page.url).then((r) => r.arrayBuffer()); // server-side caches warm, as for a real reader
      const samples: Sample[] = [];
      for (let run = 0; run < RUNS; run++) {
        const sample = await audit(page.url, chromium.port);
        samples.push(sample);
        console.log(
          `${page.name} #${run + 1}: ${CATEGORIES.map((c) => sample.scores[c]).join(" / ")}, LCP ${Math.round(sample.lcpMs)} ms, TBT ${Math.round(sample.tbtMs)} ms, ` +
            `script ${Math.round(sample.scriptMs)} of ${Math.round(sample.mainThreadMs)} ms main thread, CPU benchmark ${Math.round(sample.benchmarkIndex)}, ` +
            `fonts ${sample.requests.font} (${kb(sample.bytes.font)}), scripts ${sample.requests.script} (${kb(sample.bytes.script)}), HTML ${kb(sample.bytes.document)}`,
        );
      }
      rows.push(summarise(page.name, page.url, samples));
      benchmarks.push(...samples.map((s) => s.benchmarkIndex));
    }
    const table = [
      `Lighthouse ${lighthouseVersion()} (mobile, default config), median of ${RUNS} runs per page, ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, ` +
        `Lighthouse CPU benchmark ${Math.round(median(benchmarks))} (an idle desktop scores 1,000–2,000; a busy machine much less, and TBT grows with it). ` +
        "Main thread: script evaluation and parsing / all work, unthrottled. Transfer sizes as served (compressed when the server compresses).",
      "",
      "| page | path | performance | accessibility | best practices | SEO | LCP | TBT | CLS | main thread | fonts | scripts | HTML | total |",
      "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
      ...rows,
    ].join("\n");
    console.log(`\n${table}`);
    fs.writeFileSync(RESULT_FILE, `${table}\n`);
    console.log(`\nWritten to ${RESULT_FILE}`);
  } finally {
    await chromium?.close();
    if (site) await stopServer(site);
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function lighthouseVersion(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join("node_modules", "lighthouse", "package.json"), "utf8")) as { version: string };
  return manifest.version;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
