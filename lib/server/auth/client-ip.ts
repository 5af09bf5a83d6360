import "server-only";
import { env } from "@/lib/env";

/**
 * The client's address. X-Forwarded-For is read right to left and each hop is
 * believed only while it was added by a proxy listed in TRUSTED_PROXIES; with
 * no trusted proxy, only the last hop counts, so a client cannot pick its own
 * address to dodge rate limits.
 *
 * The last hop must be the TCP peer. Next 16 fills X-Forwarded-For in only
 * when the request has none (base-server.js: `??=`), so a client's own header
 * would pass through untouched: `npm start` therefore serves Next from
 * lib/runtime/next-server.ts, which always appends the peer address.
 */
export function clientIp(headers: Headers, trustedProxies: readonly string[] = env().trustedProxies): string | null {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => normaliseAddress(hop.trim()))
    .filter(Boolean);
  const trusted = new Set(trustedProxies.map(normaliseAddress));
  let address = hops.pop() ?? null;
  while (address && trusted.has(address) && hops.length > 0) {
    address = hops.pop() ?? null;
  }
  return address;
}

/** "::ffff:10.0.0.1" (IPv4 on an IPv6 socket) is "10.0.0.1". */
export function normaliseAddress(address: string): string {
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}
