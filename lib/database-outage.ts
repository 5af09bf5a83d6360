// Whether the database was just seen to go away, shared on globalThis by the
// database client (inside Next's bundles) and the HTTP server in front of Next
// (lib/runtime/database-watch.ts), which live in one process. The client
// marks it when PostgreSQL drops a connection; the server's watch clears it
// once PostgreSQL answers again, and meanwhile answers 503, not 500.

const OUTAGE_KEY = Symbol.for("trang.database.outage");

type WithOutage = typeof globalThis & { [OUTAGE_KEY]?: { since: number } | null };

export function markDatabaseUnreachable(): void {
  const state = globalThis as WithOutage;
  state[OUTAGE_KEY] ??= { since: Date.now() };
}

export function clearDatabaseUnreachable(): void {
  (globalThis as WithOutage)[OUTAGE_KEY] = null;
}

export function isDatabaseUnreachable(): boolean {
  return Boolean((globalThis as WithOutage)[OUTAGE_KEY]);
}
