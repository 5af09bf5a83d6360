import { env, resetEnv } from "@/lib/env";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { applyMigrations, ensurePrismaClient } from "./migrate";

export type RunningDatabase = {
  url: string;
  embedded: EmbeddedPostgres | undefined;
  stop(): Promise<void>;
};

/**
 * The database the site runs on: DATABASE_URL when set, otherwise the
 * embedded PostgreSQL under PGLITE_DIR. Migrations are applied either way.
 */
export async function openDatabase(): Promise<RunningDatabase> {
  const config = env();
  let embedded: EmbeddedPostgres | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: config.pgliteDir, port: config.embeddedDbPort });
    url = embedded.url;
    console.log(`Embedded PostgreSQL (PGlite) serving ${config.pgliteDir}`);
  } else {
    console.log(`Using PostgreSQL at ${new URL(url).host}`);
  }
  // Later imports of lib/db (the seed, the server) connect to this database.
  process.env.DATABASE_URL = url;
  resetEnv();
  await ensurePrismaClient();
  await applyMigrations(url);
  return { url, embedded, stop: async () => embedded?.stop() };
}
