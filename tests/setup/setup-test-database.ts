// Per-file hook: a fresh migrated database for the file, wired into lib/db.
//
//   const database = setupTestDatabase();
//   it("…", async () => { const { db } = await import("@/lib/db"); … });
//
// DATABASE_URL is set in beforeAll, before lib/env is first read (it caches
// its result; Vitest isolates modules per file, so each file reads it anew).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { createTestDatabase, testDatabaseKind, type TestDatabase } from "./test-database";

export type TestDatabaseHandle = {
  readonly kind: TestDatabase["kind"];
  readonly url: string;
};

export function setupTestDatabase(): TestDatabaseHandle {
  let database: TestDatabase | undefined;
  let dataDir: string | undefined;
  const kind = testDatabaseKind();

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    process.env.DATABASE_URL = database.url;
    // Uploaded files (the seed's images and PDFs) go to a throw-away folder,
    // never the checkout's data/.
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "trang-it-data-"));
    process.env.DATA_DIR = dataDir;
    process.env.UPLOAD_DIR = path.join(dataDir, "uploads");
    // Tests and the app share one small pool; PGlite serialises anyway.
    process.env.DATABASE_POOL_MAX ??= "4";
  });

  afterAll(async () => {
    const { disconnectDb } = await import("@/lib/db");
    await disconnectDb();
    await database?.drop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  return {
    kind,
    get url() {
      if (!database) throw new Error("The test database exists only inside tests (after beforeAll).");
      return database.url;
    },
  };
}

/** @deprecated The old name (read as a React hook by the linter): use setupTestDatabase. */
