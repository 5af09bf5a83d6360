// What the benchmarks share: a production build in .next-bench (rebuilt when
// the sources change), a `next start` on 127.0.0.1, and autocannon runs
// reported as one row each.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { isBuildFresh, markBuild, sourceHash } from "@/lib/runtime/build-cache";
import { NEXT_CLI, runNode } from "@/lib/runtime/commands";

export const DIST_DIR = ".next-bench";
export const SECONDS = Number(process.env.BENCH_SECONDS || 10);

export type Row = { name: string; path: string; rps: number; p50: number; p99: number; non2xx: number; errors: number };

export async function buildIfStale(): Promise<void> {
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

export function startServer(port: number, env: Record<string, string>): ChildProcess {
  fs.rmSync(path.join(DIST_DIR, "cache", "fetch-cache"), { recursive: true, force: true });
  // The server `npm start` runs (page cache, static files from memory), without the launcher.
  return spawn(process.execPath, ["--import", "tsx", "lib/runtime/next-server.ts"], {
    env: {
      ...process.env,
      DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX || "10",
      NEXT_DIST_DIR: DIST_DIR,
      NODE_ENV: "production",
      PORT: String(port),
      SITE_URL: `http://127.0.0.1:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
}

export async function waitFor(url: string, timeoutMs: number): Promise<void> {
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

export async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  const timer = setTimeout(() => server.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

/** One autocannon run; `requests` (paths with headers) are cycled by every connection. */
export async function measure(
  name: string,
  options: { port: number; path: string; connections: number; requests?: { path: string; headers?: Record<string, string> }[] },
): Promise<Row> {
  const url = `http://127.0.0.1:${options.port}${options.path}`;
  const warmups = options.requests ?? [{ path: options.path }];
  for (let i = 0; i < 5; i++) {
    for (const request of warmups) {
      await fetch(`http://127.0.0.1:${options.port}${request.path}`, { headers: request.headers, redirect: "manual" }).then((r) => r.arrayBuffer());
    }
  }
  const result = await autocannon({ url, connections: options.connections, duration: SECONDS, timeout: 30, requests: options.requests });
  const row = {
    name,
    path: options.path,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
  console.log(`  ${name}: ${row.rps} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, non-2xx ${row.non2xx}, errors ${row.errors}`);
  return row;
}

export function markdownTable(rows: readonly Row[], firstColumn = "page"): string[] {
  return [
    `| ${firstColumn} | path | requests/s | p50 (ms) | p99 (ms) | non-2xx | errors |`,
    "|---|---|---:|---:|---:|---:|---:|",
    ...rows.map((r) => `| ${r.name} | \`${r.path}\` | ${r.rps} | ${r.p50} | ${r.p99} | ${r.non2xx} | ${r.errors} |`),
  ];
}

/** Signs in as a browser would (CSRF token, credentials form); returns the Cookie header. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair.split("=");
      jar.set(name, value.join("="));
    }
  };
  keep(csrf);
  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(), origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/quan-tri`, json: "true" }),
  });
  keep(response);
  if (![...jar.keys()].some((name) => name.includes("session-token"))) throw new Error(`Sign-in as ${email} failed (${response.status}).`);
  return cookieHeader();
}

