import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const PRISMA_CLI = require.resolve("prisma/build/index.js");
export const NEXT_CLI = require.resolve("next/dist/bin/next");

/**
 * Runs a Node CLI asynchronously. Never use the synchronous child_process
 * calls here: the embedded database is served from this very process, so
 * blocking its event loop would deadlock a child that connects to it.
 */
export function runNode(
  script: string,
  args: string[],
  options: { env?: Record<string, string>; quiet?: boolean } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      env: { ...process.env, ...options.env },
      stdio: options.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${script} ${args.join(" ")} exited with ${code}\n${output}`));
    });
  });
}
