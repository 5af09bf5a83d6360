import { clearDatabaseUnreachable, isDatabaseUnreachable, markDatabaseUnreachable } from "@/lib/database-outage";
import { databaseAnswers } from "@/lib/runtime/database-probe";

// The server's view of PostgreSQL during a restart or failover. The app's
// pool marks an outage the moment a connection drops (lib/db.ts); from then
// on this watch asks PostgreSQL every PROBE_MS with a connection of its own
// and clears the mark as soon as it answers, so the site is back within a
// probe of the database, without a restart. A probe also runs every
// IDLE_PROBE_MS while all is well, for outages no open connection noticed.

const PROBE_MS = 250;
const IDLE_PROBE_MS = 2_000;
const PROBE_TIMEOUT_MS = 1_000;

export function startDatabaseWatch(databaseUrl: string): { stop(): void } {
  let ticks = 0;
  let isProbing = false;
  const probe = async () => {
    isProbing = true;
    const wasDown = isDatabaseUnreachable();
    if (await databaseAnswers(databaseUrl, PROBE_TIMEOUT_MS)) {
      if (wasDown) console.log("Database: answering again.");
      clearDatabaseUnreachable();
    } else {
      if (!wasDown) console.error("Database: not answering; requests that need it get 503 until it is back.");
      markDatabaseUnreachable();
    }
    isProbing = false;
  };
  const timer = setInterval(() => {
    ticks += 1;
    if (!isProbing && (isDatabaseUnreachable() || ticks % (IDLE_PROBE_MS / PROBE_MS) === 0)) void probe();
  }, PROBE_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
