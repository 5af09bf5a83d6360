// End-to-end tests against the real two-command path: `npm start` on a fresh
// embedded database (first start migrates, seeds demo content and builds),
// then a headless Chromium from Debian (never a downloaded browser).
import fs from "node:fs";
import { register } from "node:module";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_FLAGS, chromiumPath } from "./tests/setup/chromium";

// Some specs seed through the app's own modules (accounts-support.ts: the
// password hasher), which say import "server-only". As vitest's alias does
// (vitest.config.ts), the runner and its workers resolve that one package as
// a server does; nothing else changes, and the web server is not affected.
register(
  "data:text/javascript," +
    encodeURIComponent(
      'export function resolve(specifier, context, next) { return next(specifier, specifier === "server-only" ? { ...context, conditions: [...context.conditions, "react-server"] } : context); }',
    ),
);

const PORT = Number(process.env.E2E_PORT || 3105);
const DB_PORT = Number(process.env.E2E_DB_PORT || 3106);
// E2E_BASE_URL (with E2E_DATABASE_URL) runs the specs against a server you
// started yourself, e.g. while writing a spec; otherwise a fresh one is started.
const externalURL = process.env.E2E_BASE_URL;
const baseURL = externalURL || `http://127.0.0.1:${PORT}`;

// The config is loaded by the runner and again by each worker: the runner
// creates the data directory once and passes it on through the environment,
// and removes it when it exits (after the web server has been stopped).
if (!externalURL && !process.env.E2E_DATA_DIR) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "trang-e2e-"));
  process.env.E2E_DATA_DIR = dataDir;
  process.on("exit", () => fs.rmSync(dataDir, { recursive: true, force: true }));
}
// The specs read the embedded database directly (to find drafts' slugs).
process.env.E2E_DATABASE_URL ??= `postgresql://postgres:postgres@127.0.0.1:${DB_PORT}/postgres`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: process.env.CI === "true",
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.E2E_JSON_REPORT
    ? [["list"], ["json", { outputFile: process.env.E2E_JSON_REPORT }]]
    : [["list"]],
  outputDir: path.join(os.tmpdir(), "trang-e2e-results"),
  use: {
    baseURL,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "off",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath(),
          args: CHROMIUM_FLAGS,
        },
      },
    },
  ],
  webServer: externalURL ? undefined : {
    // As `npm start`: the launcher loads server-only modules outside Next, so it
    // runs with the react-server condition (the Next server it spawns does not).
    command: "node --conditions=react-server --import tsx lib/runtime/start.ts",
    url: `${baseURL}/`,
    // First start: migrations, demo content and a production build on 2 cores.
    timeout: 15 * 60_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    env: {
      DATABASE_URL: "",
      DATA_DIR: process.env.E2E_DATA_DIR ?? "",
      PORT: String(PORT),
      EMBEDDED_DB_PORT: String(DB_PORT),
      SITE_URL: baseURL,
      // NEXT_DIST_DIR=.next-<you> lets several people run the suite from one checkout.
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-e2e",
      NEXT_TELEMETRY_DISABLED: "1",
      // Scheduled items go out within seconds of their time (tests/e2e/workflow).
      SCHEDULER_INTERVAL_SECONDS: "2",
    },
  },
});
