import { pingDatabase } from "@/lib/server/health/ping-database";

// For the load balancer and uptime checks: is the database answering, fast?
export const dynamic = "force-dynamic";

const TIMEOUT_MS = 2_000;
const headers = { "Cache-Control": "no-store" };

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function check(method: "GET" | "HEAD"): Promise<Response> {
  const started = performance.now();
  try {
    await withTimeout(pingDatabase(), TIMEOUT_MS);
    const body = { status: "ok", database: "up", latencyMs: Math.round(performance.now() - started) };
    return method === "HEAD" ? new Response(null, { headers }) : Response.json(body, { headers });
  } catch (error) {
    // The reason goes to the server's log, never into the answer.
    console.error(`health: database check failed: ${error instanceof Error ? error.message : String(error)}`);
    const body = { status: "error", database: "down" };
    return method === "HEAD" ? new Response(null, { status: 503, headers }) : Response.json(body, { status: 503, headers });
  }
}

export const GET = () => check("GET");
export const HEAD = () => check("HEAD");
