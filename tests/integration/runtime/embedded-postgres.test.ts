// The embedded database's TCP server (lib/runtime/pglite-session-server.ts):
// many connections, one PGlite session, and never a message of one
// connection run inside another's conversation.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/runtime/embedded-postgres";
import { testDatabaseKind } from "@/tests/setup/test-database";

const isPglitePass = testDatabaseKind() === "pglite";

describe.runIf(isPglitePass)("embedded PostgreSQL server", () => {
  let embedded: EmbeddedPostgres;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "trang-it-embedded-"));
    embedded = await startEmbeddedPostgres({ dataDir });
    const client = new pg.Client({ connectionString: embedded.url });
    await client.connect();
    await client.query("CREATE TABLE notes (id int PRIMARY KEY, owner text NOT NULL, body text NOT NULL, is_done boolean NOT NULL, size int NOT NULL)");
    await client.end();
  });

  afterAll(async () => {
    await embedded?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("keeps every connection's parameters with its own statement, whatever the pool size", async () => {
    for (const max of [16, 64]) {
      const pool = new pg.Pool({ connectionString: embedded.url, max });
      const base = max * 1000;
      const work = Array.from({ length: 240 }, async (_, i) => {
        const id = base + i;
        if (i % 3 === 0) {
          // Bodies of 70–120 KB arrive in several TCP chunks: the case that mixed statements up.
          const body = `${id}:`.padEnd(70_000 + (i % 7) * 7_000, "đ");
          await pool.query("INSERT INTO notes (id, owner, body, is_done, size) VALUES ($1, $2, $3, $4, $5)", [id, `người ${id}`, body, i % 2 === 0, body.length]);
          const { rows } = await pool.query("SELECT owner, is_done, size, left(body, 12) AS head FROM notes WHERE id = $1", [id]);
          expect(rows[0]).toEqual({ owner: `người ${id}`, is_done: i % 2 === 0, size: body.length, head: body.slice(0, 12) });
        } else {
          const { rows } = await pool.query("SELECT $1::int + $2::int AS sum, $3::text AS echo", [i, max, `tiếng Việt ${i}`]);
          expect(rows[0]).toEqual({ sum: i + max, echo: `tiếng Việt ${i}` });
        }
      });
      const results = await Promise.allSettled(work);
      await pool.end();
      expect(results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    }
  });

  it("lets a transaction finish before anyone else's statement runs", async () => {
    const first = new pg.Client({ connectionString: embedded.url });
    const second = new pg.Client({ connectionString: embedded.url });
    await Promise.all([first.connect(), second.connect()]);
    await first.query("BEGIN");
    await first.query("INSERT INTO notes VALUES (1, 'giao dịch', 'x', false, 1)");
    let secondSaw: number | undefined;
    const reading = second.query("SELECT count(*)::int AS n FROM notes WHERE id = 1").then((r) => (secondSaw = r.rows[0].n));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(secondSaw).toBeUndefined();
    await first.query("COMMIT");
    await reading;
    expect(secondSaw).toBe(1);
    await Promise.all([first.end(), second.end()]);
  });

  it("rolls back the transaction of a connection that drops, and serves the others", async () => {
    const dropping = new pg.Client({ connectionString: embedded.url });
    const other = new pg.Client({ connectionString: embedded.url });
    dropping.on("error", () => undefined);
    // Connected first: a new connection's start-up, too, waits for an open transaction to end.
    await Promise.all([dropping.connect(), other.connect()]);
    await dropping.query("BEGIN");
    await dropping.query("INSERT INTO notes VALUES (2, 'bỏ dở', 'x', false, 1)");
    const waiting = other.query("SELECT count(*)::int AS n FROM notes WHERE id = 2");
    (dropping as unknown as { connection: { stream: net.Socket } }).connection.stream.destroy();
    expect((await waiting).rows[0].n).toBe(0);
    await other.end();
  });

  it("ends a half-sent batch of a connection that drops, so the next one is not skipped", async () => {
    const { port } = new URL(embedded.url);
    const socket = net.connect(Number(port), "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    const received = collect(socket);
    socket.write(startupMessage());
    await received.until((bytes) => bytes.includes(Buffer.from([0x5a, 0, 0, 0, 5, 0x49]))); // ReadyForQuery, idle
    // A Bind with a bad value puts the backend in "skip until Sync"; no Sync follows.
    socket.write(Buffer.concat([parseMessage("SELECT $1::int"), bindMessage("không phải số")]));
    await received.until((bytes) => bytes.includes("invalid input syntax"));
    socket.destroy();
    const next = new pg.Client({ connectionString: embedded.url });
    await next.connect();
    const { rows } = await next.query("SELECT $1::int * 2 AS twice", [21]);
    expect(rows[0].twice).toBe(42);
    await next.end();
  });
});

/** Everything the server sent on a raw socket, and a wait for what is expected. */
function collect(socket: net.Socket) {
  let bytes = Buffer.alloc(0);
  const listeners = new Set<() => void>();
  socket.on("data", (chunk) => {
    bytes = Buffer.concat([bytes, chunk]);
    for (const listener of listeners) listener();
  });
  return {
    until(predicate: (bytes: Buffer) => boolean): Promise<void> {
      return new Promise((resolve) => {
        const check = () => {
          if (!predicate(bytes)) return;
          listeners.delete(check);
          resolve();
        };
        listeners.add(check);
        check();
      });
    },
  };
}

function typed(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, "latin1");
  header.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([header, body]);
}

function startupMessage(): Buffer {
  const params = Buffer.from("user\0postgres\0database\0postgres\0\0", "latin1");
  const head = Buffer.alloc(8);
  head.writeInt32BE(8 + params.length, 0);
  head.writeInt32BE(196608, 4);
  return Buffer.concat([head, params]);
}

function parseMessage(sql: string): Buffer {
  return typed("P", Buffer.concat([Buffer.from(`\0${sql}\0`, "utf8"), Buffer.from([0, 0])]));
}

function bindMessage(value: string): Buffer {
  const text = Buffer.from(value, "utf8");
  const body = Buffer.alloc(2 + 2 + 2 + 4 + text.length + 2);
  let offset = 2; // portal "" and statement "" (two zero bytes)
  body.writeInt16BE(0, offset); // no parameter format codes
  offset += 2;
  body.writeInt16BE(1, offset);
  offset += 2;
  body.writeInt32BE(text.length, offset);
  offset += 4;
  text.copy(body, offset);
  offset += text.length;
  body.writeInt16BE(0, offset); // no result format codes
  return typed("B", body);
}
