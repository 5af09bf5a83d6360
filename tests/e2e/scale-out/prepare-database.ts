// Run by cluster.ts through tsx (it needs the app's modules): a fresh native
// PostgreSQL database, migrated, with a small published site in it (the
// benchmark's loader), printed as one JSON line for the spec.
//   tsx --conditions=react-server tests/e2e/scale-out/prepare-database.ts <database name>
import pg from "pg";
import { applyMigrations, ensurePrismaClient } from "@/lib/runtime/migrate";
import { loadBenchData } from "@/tests/bench/load";
import { testPgUrl } from "@/tests/setup/test-database";

async function main(): Promise<void> {
  const name = process.argv[2]!;
  const admin = new pg.Client({ connectionString: testPgUrl() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(testPgUrl());
  url.pathname = `/${name}`;
  await ensurePrismaClient();
  await applyMigrations(url.toString());
  const loaded = await loadBenchData(url.toString(), { items: 300, documents: 10, people: 60, log: () => undefined });
  console.log(JSON.stringify({ databaseUrl: url.toString(), ...loaded }));
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
