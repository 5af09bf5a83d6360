// Two app instances on one PostgreSQL and one Redis, behind Debian's nginx:
// each process started here and stopped by stop(). The instances run the
// server `npm start` runs (lib/runtime/next-server.ts) on the build the e2e
// web server made (NEXT_DIST_DIR, as in playwright.config.ts).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { nginxConfig } from "./nginx-config";

export const CACHE_EXPIRY_SECRET = "scale-out-expiry-secret-0123456789abcdef";

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not come up within ${timeoutMs / 1000} s`);
}

const answers = (url: string) => async () => (await fetch(url, { signal: AbortSignal.timeout(5_000) })).status < 500;

async function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

export function prepareDatabase(name: string): { databaseUrl: string; itemSlug: string; sectionSlug: string } {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(import.meta.dirname, "prepare-database.ts"), name], {
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "--conditions=react-server" },
  });
  if (result.status !== 0) throw new Error(`Preparing ${name} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").at(-1)!);
}

export class Redis {
  private child?: ChildProcess;
  constructor(readonly port: number) {}
  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }
  async start(): Promise<void> {
    this.child = spawn("redis-server", ["--port", String(this.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
    await waitUntil(
      () =>
        new Promise((resolve) => {
          const socket = net.connect(this.port, "127.0.0.1", () => {
            socket.end();
            resolve(true);
          });
          socket.on("error", () => resolve(false));
        }),
      "redis-server",
    );
  }
  stop(): Promise<void> {
    return stopProcess(this.child);
  }
}

export type Instance = { port: number; url: string; child: ChildProcess; log: string[] };

export async function startInstance({ port, databaseUrl, redisUrl }: { port: number; databaseUrl: string; redisUrl: string }): Promise<Instance> {
  const log: string[] = [];
  const child = spawn(process.execPath, ["--import", "tsx", "lib/runtime/next-server.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      PORT: String(port),
      NODE_ENV: "production",
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-e2e",
      SITE_URL: `http://127.0.0.1:${port}`,
      AUTH_SECRET: "scale-out-auth-secret-0123456789abcdef0123",
      CACHE_EXPIRY_SECRET,
      TRUSTED_PROXIES: "127.0.0.1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => log.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => log.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitUntil(answers(`${url}/`), `instance on ${port}`);
  return { port, url, child, log };
}

export const stopInstance = (instance: Instance | undefined) => stopProcess(instance?.child);

export class Nginx {
  private child?: ChildProcess;
  readonly prefix = fs.mkdtempSync(path.join(os.tmpdir(), "trang-nginx-"));
  constructor(
    readonly port: number,
    private readonly upstreams: number[],
  ) {}
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }
  async start(): Promise<void> {
    const config = path.join(this.prefix, "nginx.conf");
    fs.writeFileSync(config, nginxConfig({ listenPort: this.port, upstreams: this.upstreams, prefix: this.prefix }));
    this.child = spawn("nginx", ["-c", config, "-p", this.prefix, "-g", "daemon off;"], { stdio: "ignore" });
    await waitUntil(answers(`${this.url}/`), "nginx");
  }
  async stop(): Promise<void> {
    await stopProcess(this.child);
    fs.rmSync(this.prefix, { recursive: true, force: true });
  }
}

/** Asks an instance to expire its public caches, as the launcher's scheduler does after publishing. */
export async function expireCaches(instance: Instance): Promise<void> {
  const response = await fetch(`${instance.url}/api/internal/cache-expiry`, { method: "POST", headers: { "x-cache-expiry-secret": CACHE_EXPIRY_SECRET } });
  if (response.status !== 204) throw new Error(`cache expiry answered ${response.status}`);
}

/** What this spec needs from Debian that a developer's machine may lack. */
export function missingBinaries(): string[] {
  const has = (binary: string) => spawnSync("sh", ["-c", `command -v ${binary} || test -x /usr/sbin/${binary}`]).status === 0;
  return ["nginx", "redis-server"].filter((binary) => !has(binary));
}

/**
 * A TCP relay in front of PostgreSQL: cut() is a database restart as the app
 * sees it (every connection dropped, new ones refused), restore() its return.
 */
export class TcpProxy {
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();
  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  start(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
    });
    return new Promise((resolve) => this.server!.listen(this.port, "127.0.0.1", () => resolve()));
  }

  async cut(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server?.close(() => resolve());
      for (const socket of this.sockets) socket.destroy();
    });
  }

  restore(): Promise<void> {
    return this.start();
  }
}
