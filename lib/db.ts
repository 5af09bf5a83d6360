import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// One client per process, created on first use (so `next build` never needs a
// database). Queries go through node-postgres, no engine binary; a pool that
// lost its server reconnects on the next query, so the app recovers from a
// database restart by itself.
function createClient() {
  const { databaseUrl, databasePoolMax } = env();
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: start the site with `npm start`.");
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: databasePoolMax,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({
    adapter,
    // Secrets never leave the database unless a query asks for them by name.
    omit: { user: { passwordHash: true, totpSecret: true } },
  });
}

export type Db = ReturnType<typeof createClient>;

const globalForDb = globalThis as unknown as { prisma?: Db };

function client(): Db {
  globalForDb.prisma ??= createClient();
  return globalForDb.prisma;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const target = client();
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});

/** Closes the pool (scripts and tests; the server keeps it for its lifetime). */
export async function disconnectDb(): Promise<void> {
  await globalForDb.prisma?.$disconnect();
  globalForDb.prisma = undefined;
}
