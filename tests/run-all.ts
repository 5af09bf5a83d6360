// `npm test`: the whole suite, one stage after another, stopping at the first
// failure:
//   unit → integration on PGlite → integration on native PostgreSQL → e2e.
// The native pass is skipped with a warning when TEST_PG_URL does not answer,
// and the e2e pass when there is no Chromium to drive, except under CI=true,
// where either is a failure. Ends with one line:
//   Summary: N passed, M failed
// counting test cases (from the runners' JSON reports).
// `npm test -- unit pglite` runs only the named stages (unit, pglite, native, e2e).
import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { missingChromiumMessage } from "./setup/chromium";
import { isNativeServerReachable, testPgUrl } from "./setup/test-database";

const require = createRequire(import.meta.url);
const VITEST_CLI = path.join(path.dirname(require.resolve("vitest/package.json")), "vitest.mjs");
const PLAYWRIGHT_CLI = path.join(path.dirname(require.resolve("@playwright/test/package.json")), "cli.js");

const isCi = process.env.CI === "true" || process.env.CI === "1";
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), "trang-test-reports-"));

type Counts = { passed: number; failed: number; skipped: number };
type Stage = {
  key: string;
  name: string;
  command: string[];
  env?: Record<string, string>;
  report: string;
  readCounts(report: unknown): Counts;
  /** A reason to skip this stage, or a thrown error to fail it. */
  precheck?(): Promise<string | undefined>;
};

function vitestStage(key: string, name: string, project: string, env: Record<string, string> = {}): Stage {
  const report = path.join(reportDir, `${key}.json`);
  return {
    key,
    name,
    command: [VITEST_CLI, "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
    env,
    report,
    readCounts(json) {
      const r = json as { numPassedTests: number; numFailedTests: number; numPendingTests?: number; numTodoTests?: number };
      return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0) };
    },
  };
}

function playwrightStage(): Stage {
  const report = path.join(reportDir, "e2e.json");
  return {
    key: "e2e",
    name: "end-to-end (Playwright)",
    command: [PLAYWRIGHT_CLI, "test"],
    env: { E2E_JSON_REPORT: report },
    report,
    // Checked before Playwright starts: without a browser it fails deep
    // inside its launcher, after building the app.
    async precheck() {
      const message = missingChromiumMessage();
      if (!message) return undefined;
      if (isCi) throw new Error(`${message}; CI=true requires it.`);
      return `${message}. The end-to-end pass is skipped (CI=true would fail here).`;
    },
    readCounts(json) {
      const s = (json as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }).stats;
      return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
    },
  };
}

const allStages: Stage[] = [
  vitestStage("unit", "unit", "unit"),
  vitestStage("pglite", "integration (PGlite)", "integration", { TEST_DB: "pglite" }),
  {
    ...vitestStage("native", "integration (native PostgreSQL)", "integration", { TEST_DB: "native" }),
    async precheck() {
      if (await isNativeServerReachable()) return undefined;
      const message = `PostgreSQL at ${testPgUrl()} (TEST_PG_URL) is not reachable`;
      if (isCi) throw new Error(`${message}; CI=true requires it.`);
      return `${message}; the native pass is skipped (CI=true would fail here).`;
    },
  },
  playwrightStage(),
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((key) => !allStages.some((stage) => stage.key === key));
if (unknown.length) {
  console.error(`Unknown stage(s): ${unknown.join(", ")}. Stages: ${allStages.map((s) => s.key).join(", ")}.`);
  process.exit(2);
}
const stages = wanted.length ? allStages.filter((stage) => wanted.includes(stage.key)) : allStages;

function run(command: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, command, { stdio: "inherit", env: { ...process.env, ...env } });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("error", () => resolve(1));
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

function readCounts(stage: Stage, exitCode: number): Counts {
  try {
    const counts = stage.readCounts(JSON.parse(fs.readFileSync(stage.report, "utf8")));
    // A runner that failed outside any test case (a crash, a hook) still fails.
    if (exitCode !== 0 && counts.failed === 0) counts.failed = 1;
    return counts;
  } catch {
    return { passed: 0, failed: exitCode === 0 ? 0 : 1, skipped: 0 };
  }
}

async function main(): Promise<number> {
  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  const lines: string[] = [];
  for (const stage of stages) {
    const started = Date.now();
    console.log(`\n━━━ ${stage.name} ━━━`);
    let skipReason: string | undefined;
    try {
      skipReason = await stage.precheck?.();
    } catch (error) {
      console.error(`✗ ${(error as Error).message}`);
      total.failed += 1;
      lines.push(`  ✗ ${stage.name}: ${(error as Error).message}`);
      break;
    }
    if (skipReason) {
      console.warn(`⚠ WARNING: ${skipReason}`);
      lines.push(`  ⚠ ${stage.name}: skipped (${skipReason})`);
      continue;
    }
    const code = await run(stage.command, stage.env ?? {});
    const counts = readCounts(stage, code);
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    const skipped = counts.skipped ? `, ${counts.skipped} skipped` : "";
    lines.push(`  ${code === 0 ? "✓" : "✗"} ${stage.name}: ${counts.passed} passed, ${counts.failed} failed${skipped} (${seconds} s)`);
    if (code !== 0) {
      lines.push("  (stopped at the first failing stage)");
      break;
    }
  }
  fs.rmSync(reportDir, { recursive: true, force: true });
  console.log(`\n${lines.join("\n")}`);
  console.log(`Summary: ${total.passed} passed, ${total.failed} failed`);
  return total.failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    console.log("Summary: 0 passed, 1 failed");
    process.exit(1);
  },
);
