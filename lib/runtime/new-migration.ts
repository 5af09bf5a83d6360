// `npm run db:new-migration -- <name>`: writes prisma/migrations/<stamp>_<name>
// with the SQL that takes the existing migrations to prisma/schema.prisma.
// Works offline: the existing migrations are applied to a throw-away embedded
// PostgreSQL, which is then compared with the schema.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PRISMA_CLI, runNode } from "./commands";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { applyMigrations } from "./migrate";

async function main(): Promise<void> {
  const name = process.argv[2]?.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
  if (!name) throw new Error("Usage: npm run db:new-migration -- <name>");
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "trang-migration-"));
  const database = await startEmbeddedPostgres({ dataDir: scratch });
  try {
    await applyMigrations(database.url);
    const sql = await runNode(
      PRISMA_CLI,
      ["migrate", "diff", "--from-schema-datasource", "prisma/schema.prisma", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      { env: { DATABASE_URL: database.url }, quiet: true },
    );
    const script = sql.slice(sql.indexOf("--"));
    if (/empty migration/i.test(script)) {
      console.log("prisma/schema.prisma matches the migrations: nothing to write.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const folder = path.join("prisma", "migrations", `${stamp}_${name}`);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, "migration.sql"), script);
    console.log(`Wrote ${folder}/migration.sql: read it, add any hand-written SQL, commit it.`);
  } finally {
    await database.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
