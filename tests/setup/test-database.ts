// Real PostgreSQL for integration tests, of either kind the product runs on:
//   pglite — an in-process PGlite (unaccent + pg_trgm) served over TCP on a
//            temporary data directory, exactly like `npm start` without
//            DATABASE_URL;
//   native — a fresh database `trang_it_<random>` on TEST_PG_URL.
// Both are migrated with the real `prisma migrate deploy` and thrown away at
// the end.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { databaseAnswers } from "@/lib/runtime/database-probe";
import { startEmbeddedPostgres } from "@/lib/runtime/embedded-postgres";
import { applyMigrations, ensurePrismaClient } from "@/lib/runtime/migrate";

export type TestDatabaseKind = "pglite" | "native";

export type TestDatabase = {
  kind: TestDatabaseKind;
  url: string;
  /** Stops/drops the database and removes its files. */
  drop(): Promise<void>;
};

export const DEFAULT_TEST_PG_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

/** TEST_DB=pglite|native (default pglite: it needs nothing installed). */
export function testDatabaseKind(): TestDatabaseKind {
  const kind = process.env.TEST_DB || "pglite";
  if (kind !== "pglite" && kind !== "native") {
    throw new Error(`TEST_DB must be "pglite" or "native", not "${kind}"`);
  }
  return kind;
}

export function testPgUrl(): string {
  return process.env.TEST_PG_URL || DEFAULT_TEST_PG_URL;
}

/** Whether the native server answers; never throws. */
export async function isNativeServerReachable(url = testPgUrl()): Promise<boolean> {
  return databaseAnswers(url, 3_000);
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function adminQuery(sql: string, url = testPgUrl()): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function createNative(): Promise<TestDatabase> {
  const name = `trang_it_${crypto.randomBytes(5).toString("hex")}`;
  try {
    await adminQuery(`CREATE DATABASE "${name}"`);
  } catch (error) {
    throw new Error(
      `Cannot create a test database on ${testPgUrl()} (TEST_PG_URL): ${(error as Error).message}. ` +
        "Start PostgreSQL or run with TEST_DB=pglite.",
    );
  }
  return {
    kind: "native",
    url: withDatabase(testPgUrl(), name),
    drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function createPglite(): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "trang-it-pglite-"));
  const embedded = await startEmbeddedPostgres({ dataDir });
  return {
    kind: "pglite",
    url: embedded.url,
    async drop() {
      await embedded.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh, migrated, empty database of the given kind. */
export async function createTestDatabase(kind: TestDatabaseKind = testDatabaseKind()): Promise<TestDatabase> {
  await ensurePrismaClient();
  const database = kind === "native" ? await createNative() : await createPglite();
  try {
    await applyMigrations(database.url);
  } catch (error) {
    await database.drop().catch(() => undefined);
    throw error;
  }
  return database;
}
