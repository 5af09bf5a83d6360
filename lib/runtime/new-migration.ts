// `npm run db:new-migration -- <name>`: writes prisma/migrations/<stamp>_<name>
// with the SQL that takes the existing migrations to prisma/schema.prisma.
// Works offline against any PostgreSQL server in DATABASE_URL whose user may
// create databases: Prisma replays the migrations in a temporary "shadow"
// database there, diffs it with the schema, and drops it. Nothing else in
// that server is touched. (PGlite cannot host a shadow database.)
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { PRISMA_CLI, runNode } from "./commands";

async function main(): Promise<void> {
  const name = process.argv[2]?.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
  if (!name) throw new Error("Usage: DATABASE_URL=postgresql://… npm run db:new-migration -- <name>");
  const databaseUrl = env().databaseUrl;
  if (!databaseUrl) throw new Error("Set DATABASE_URL to a PostgreSQL server where you may create databases.");
  const output = await runNode(
    PRISMA_CLI,
    ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { env: { DATABASE_URL: databaseUrl }, quiet: true },
  );
  const script = output.slice(output.indexOf("--"));
  if (/empty migration/i.test(script)) {
    console.log("prisma/schema.prisma matches the migrations: nothing to write.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const folder = path.join("prisma", "migrations", `${stamp}_${name}`);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, "migration.sql"), script);
  console.log(`Wrote ${folder}/migration.sql: read it, add any hand-written SQL, commit it.`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
