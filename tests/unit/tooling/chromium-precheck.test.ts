// `npm test` on a machine without Chromium: the e2e stage says what to
// install before Playwright starts, and fails only under CI=true.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { chromiumPath, missingChromiumMessage } from "../../setup/chromium";

const ROOT = path.resolve(__dirname, "../../..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

function runE2eStage(environment: Record<string, string>) {
  const result = spawnSync(TSX, ["tests/run-all.ts", "e2e"], {
    cwd: ROOT,
    env: { ...process.env, CI: "", ...environment },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe("the Chromium check", () => {
  it("names the missing binary and what to install", () => {
    const message = missingChromiumMessage({ CHROMIUM_PATH: "/nowhere/chromium" });
    expect(message).toContain("CHROMIUM_PATH=/nowhere/chromium");
    expect(message).toContain("apt-get install chromium");
    expect(missingChromiumMessage({ CHROMIUM_PATH: process.execPath })).toBeUndefined();
    expect(chromiumPath({})).toBe("/usr/bin/chromium");
  });

  it("skips the e2e stage with a warning outside CI", () => {
    const { status, output } = runE2eStage({ CHROMIUM_PATH: "/nowhere/chromium" });
    expect(output).toContain("apt-get install chromium");
    expect(output).toContain("end-to-end (Playwright): skipped");
    expect(output).toContain("Summary: 0 passed, 0 failed");
    expect(status).toBe(0);
  });

  it("fails the e2e stage under CI=true", () => {
    const { status, output } = runE2eStage({ CHROMIUM_PATH: "/nowhere/chromium", CI: "true" });
    expect(output).toContain("CI=true requires it");
    expect(output).toContain("Summary: 0 passed, 1 failed");
    expect(status).toBe(1);
  });
});
