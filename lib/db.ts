import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { markDatabaseUnreachable } from "@/lib/database-outage";
import { env } from "@/lib/env";

// One client per process, created on first use (so `next build` never needs a
// database). Queries go through node-postgres, no engine binary; a pool that
// lost its server reconnects on the next query, so the app recovers from a
// database restart by itself.
function createClient() {
  const { databaseUrl, databasePoolMax } = env();
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: start the site with `npm start`.");
  const adapter = new PrismaPg(
    {
      connectionString: databaseUrl,
      max: databasePoolMax,
      connectionTimeoutMillis: 30_000,
      idleTimeoutMillis: 30_000,
    },
    // PostgreSQL dropped a connection (a restart, a failover): the server in
    // front answers 503 until it is back (lib/runtime/database-watch.ts).
    { onPoolError: markDatabaseUnreachable, onConnectionError: markDatabaseUnreachable },
  );
  return new PrismaClient({
    adapter,
    // A transaction waits for a connection as long as a plain query does (the
    // pool's 30 s), not Prisma's default 2 s: under a burst on the embedded
    // database's one session, 2 s refused transactions that would have run.
    transactionOptions: { maxWait: 30_000 },
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

// While an interactive transaction's callback runs, every query of that
// work must go through its `tx`. On the embedded database a query through the
// shared client would wait for the transaction's end, which waits for the
// query: a deadlock until the transaction times out. On any server it would
// read outside the transaction's snapshot and locks. So it is refused, loudly.
type TransactionScope = { isOpen: boolean };
const transactionScope = new AsyncLocalStorage<TransactionScope>();

export const QUERY_OUTSIDE_TRANSACTION =
  "A query used the shared database client while a transaction was open in the same call; pass the transaction client (tx) instead.";

function withinScope<T>(work: (tx: T) => Promise<unknown>) {
  return async (tx: T) => {
    const scope: TransactionScope = { isOpen: true };
    try {
      return await transactionScope.run(scope, () => work(tx));
    } finally {
      // Work the callback started but did not await (after-commit side
      // effects) may use the shared client once the callback is done.
      scope.isOpen = false;
    }
  };
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    if (transactionScope.getStore()?.isOpen) throw new Error(`${QUERY_OUTSIDE_TRANSACTION} (db.${String(property)})`);
    const target = client();
    if (property === "$transaction") {
      return (work: unknown, options?: unknown) =>
        typeof work === "function"
          ? target.$transaction(withinScope(work as (tx: unknown) => Promise<unknown>) as never, options as never)
          : target.$transaction(work as never, options as never);
    }
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});

/** Closes the pool (scripts and tests; the server keeps it for its lifetime). */
export async function disconnectDb(): Promise<void> {
  await globalForDb.prisma?.$disconnect();
  globalForDb.prisma = undefined;
}
