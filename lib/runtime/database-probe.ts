import pg from "pg";

/**
 * Whether PostgreSQL at `databaseUrl` answers a query within `timeoutMs`, on a
 * connection of its own (never the app's pool, which may be the thing that is
 * stuck); never throws. The server's outage watch and the test runner both ask.
 */
export async function databaseAnswers(databaseUrl: string, timeoutMs: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  // A connection that drops after connect() emits "error"; unhandled, it would end the process.
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
