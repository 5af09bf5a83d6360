import fs from "node:fs";
import path from "node:path";
import { PRISMA_CLI, runNode } from "./commands";

const ROOT = process.cwd();
const SCHEMA = path.join(ROOT, "prisma/schema.prisma");
const GENERATED_CLIENT = path.join(ROOT, "lib/generated/prisma/client.ts");

/** Regenerates the Prisma client when it is missing or older than the schema. */
export async function ensurePrismaClient(): Promise<void> {
  const isFresh =
    fs.existsSync(GENERATED_CLIENT) && fs.statSync(GENERATED_CLIENT).mtimeMs >= fs.statSync(SCHEMA).mtimeMs;
  if (isFresh) return;
  // The URL is never dialled by `generate`, but without one Prisma 6 tries to
  // download a query engine.
  await runNode(PRISMA_CLI, ["generate"], {
    env: { DATABASE_URL: process.env.DATABASE_URL || "postgresql://localhost/unused" },
    quiet: true,
  });
}

/** `prisma migrate deploy` through the bundled WASM schema engine (offline). */
export async function applyMigrations(databaseUrl: string): Promise<void> {
  const output = await runNode(PRISMA_CLI, ["migrate", "deploy"], {
    env: { DATABASE_URL: databaseUrl },
    quiet: true,
  });
  const applied = output.match(/└─ \d{14}_\S+/g)?.length ?? 0;
  console.log(applied ? `Applied ${applied} migration(s).` : "Database schema is up to date.");
}
