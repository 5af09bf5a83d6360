// A database outage is survived without a restart: /api/health answers 503
// (with no details) while the server is gone and 200 again once it is back,
// from the same process and connection pool.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/runtime/embedded-postgres";

let dataDir: string;
let port: number;
let server: EmbeddedPostgres | undefined;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port: found } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(found));
    });
  });
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "trang-outage-"));
  port = await freePort();
  server = await startEmbeddedPostgres({ dataDir, port });
  process.env.DATABASE_URL = server.url;
});

afterAll(async () => {
  const { disconnectDb } = await import("@/lib/db");
  await disconnectDb();
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function health() {
  const { GET } = await import("@/app/api/health/route");
  const response = await GET();
  return { status: response.status, body: await response.text(), cacheControl: response.headers.get("cache-control") };
}

describe("database outage", () => {
  it("reports up, then down without details, then up again once the server returns", async () => {
    const before = await health();
    expect(before.status).toBe(200);
    expect(JSON.parse(before.body)).toMatchObject({ status: "ok", database: "up" });

    await server?.stop();
    server = undefined;
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const during = await health();
    expect(during.status).toBe(503);
    expect(during.cacheControl).toBe("no-store");
    expect(JSON.parse(during.body)).toEqual({ status: "error", database: "down" });
    expect(during.body).not.toMatch(/ECONNREFUSED|at |Error/);

    server = await startEmbeddedPostgres({ dataDir, port });
    const after = await health();
    expect(after.status).toBe(200);
    expect(JSON.parse(after.body)).toMatchObject({ database: "up" });
  });
});
