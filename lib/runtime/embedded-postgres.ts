import fs from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { servePgliteSession } from "./pglite-session-server";

export type EmbeddedPostgres = {
  url: string;
  stop(): Promise<void>;
};

/**
 * PostgreSQL compiled to WASM with its data directory on disk, served over TCP
 * on 127.0.0.1 so Prisma, `pg` and the migration engine reach it like any
 * server. Only one process may own a data directory at a time. However many
 * connections clients open, they take turns on PGlite's one session a whole
 * batch or transaction at a time (see pglite-session-server.ts).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
}): Promise<EmbeddedPostgres> {
  await fs.mkdir(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir, { extensions: { unaccent, pg_trgm } });
  const server = await servePgliteSession({ db, host: "127.0.0.1", port: options.port || 0 });
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${server.port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
