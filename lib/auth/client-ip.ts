import { env } from "@/lib/env";

/**
 * The client's address. X-Forwarded-For is read right to left and each hop is
 * believed only while it was added by a proxy listed in TRUSTED_PROXIES; with
 * no trusted proxy, only the hop Next.js itself recorded (the TCP peer) counts,
 * so a client cannot pick its own address to dodge rate limits.
 */
export function clientIp(headers: Headers, trustedProxies: readonly string[] = env().trustedProxies): string | null {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  let address = hops.pop() ?? null;
  while (address && trustedProxies.includes(address) && hops.length > 0) {
    address = hops.pop() ?? null;
  }
  return address;
}
