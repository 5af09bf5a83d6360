import crypto from "node:crypto";

// The launcher's side of app/api/internal/cache-expiry (see there for why):
// one random secret per run, handed to the server through its environment,
// and a POST over loopback after the scheduler published something.

export const newCacheExpirySecret = (): string => crypto.randomBytes(32).toString("base64url");

const TIMEOUT_MS = 10_000;

/** Asks the server on `port` to expire its public caches; throws when it does not answer 204. */
export async function requestCacheExpiry({ port, secret }: { port: number; secret: string }): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${port}/api/internal/cache-expiry`, {
    method: "POST",
    headers: { "x-cache-expiry-secret": secret },
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (response.status !== 204) throw new Error(`cache expiry answered ${response.status}`);
}
