// The back office under 16 concurrent signed-in readers (two people, four
// pages each: home, "Bài của tôi", notifications, account), on the embedded
// database (PGlite served by this process, as `npm start` does) and on
// native PostgreSQL, each holding the demo content. A wrong answer shows as a
// non-2xx response: a person sent back to the sign-in page, or a 500.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { resetEnv } from "@/lib/env";
import { createTestDatabase, type TestDatabaseKind } from "@/tests/setup/test-database";
import { buildIfStale, markdownTable, measure, SECONDS, signIn, startServer, stopServer, waitFor, type Row } from "./server";

const PORT = Number(process.env.BENCH_BACKOFFICE_PORT || 3108);
const CONNECTIONS = Number(process.env.BENCH_BACKOFFICE_CONNECTIONS || 16);
const RESULT_FILE = path.join(import.meta.dirname, "last-result-backoffice.md");
const READERS = ["thuky@demo.local", "ctv@demo.local"];
const PAGES = ["/quan-tri", "/quan-tri/bai-viet", "/quan-tri/thong-bao", "/quan-tri/tai-khoan"];
const AUTH_SECRET = "bench-backoffice-secret-0123456789abcdef";

async function seededDatabase(kind: TestDatabaseKind, dataDir: string) {
  const database = await createTestDatabase(kind);
  process.env.DATABASE_URL = database.url;
  process.env.DATA_DIR = dataDir;
  process.env.UPLOAD_DIR = path.join(dataDir, "uploads");
  resetEnv();
  const { seedDemo, DEMO_PASSWORD } = await import("@/prisma/seed");
  await seedDemo();
  const { disconnectDb } = await import("@/lib/db");
  await disconnectDb();
  return { database, password: DEMO_PASSWORD };
}

async function benchOne(kind: TestDatabaseKind): Promise<Row> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `trang-bench-backoffice-${kind}-`));
  const { database, password } = await seededDatabase(kind, dataDir);
  const server = startServer(PORT, {
    DATABASE_URL: database.url,
    DATA_DIR: dataDir,
    UPLOAD_DIR: path.join(dataDir, "uploads"),
    AUTH_SECRET,
    REQUIRE_2FA_FOR_ADMIN: "false",
  });
  try {
    const baseUrl = `http://127.0.0.1:${PORT}`;
    await waitFor(`${baseUrl}/`, 120_000);
    const cookies = await Promise.all(READERS.map((email) => signIn(baseUrl, email, password)));
    const requests = cookies.flatMap((cookie) => PAGES.map((page) => ({ path: page, headers: { cookie } })));
    const name = kind === "pglite" ? "embedded (PGlite)" : "native PostgreSQL";
    return await measure(name, { port: PORT, path: PAGES.join(" "), connections: CONNECTIONS, requests });
  } finally {
    await stopServer(server);
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchBackOffice(): Promise<void> {
  await buildIfStale();
  const rows: Row[] = [];
  for (const kind of ["pglite", "native"] as const) rows.push(await benchOne(kind));
  const table = [
    `Back office of ${new Date().toISOString().slice(0, 10)}: the demo content, ${READERS.length} people signed in, ` +
      `${PAGES.length} pages each, autocannon ${CONNECTIONS} connections × ${SECONDS} s, \`next start\`, 127.0.0.1, ${os.cpus().length} cores.`,
    "",
    ...markdownTable(rows, "database"),
    "",
  ].join("\n");
  fs.writeFileSync(RESULT_FILE, table);
  console.log(`\n${table}\nWritten to ${path.relative(process.cwd(), RESULT_FILE)}.`);
}
