import { timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { expireCampaignContent } from "@/lib/server/campaigns/refresh-campaign-content";
import { expirePublicContent } from "@/lib/server/items/public/refresh-public-content";

// Why this route exists: the scheduler runs in the `npm start` launcher, a
// different process from the Next.js server, outside any request. Next's
// cache tags live in the server process's memory and revalidateTag() only
// works inside a request or server action there ("static generation store
// missing" otherwise). So when the scheduler publishes an item it asks the
// server, over loopback, to expire the public caches: the item is on the home
// page, its sections, the feeds, the sitemap and search at once rather than
// after PUBLIC_CACHE_SECONDS.
//
// The launcher makes a random secret for each run and hands it only to the
// server it starts (CACHE_EXPIRY_SECRET, kept in memory, never on disk).
// Without it, or with a wrong one, the route answers 404 like any unknown URL.
// Expiring a cache is harmless anyway; the secret only stops strangers from
// making the site re-read the database on every request.

export const dynamic = "force-dynamic";

const notFound = () => new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });

function isAuthorised(request: Request): boolean {
  const expected = env().cacheExpirySecret;
  const given = request.headers.get("x-cache-expiry-secret");
  if (!expected || !given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function POST(request: Request): Response {
  if (!isAuthorised(request)) return notFound();
  expirePublicContent();
  // Also called at a campaign's or banner's start or end (lib/server/campaigns/window-edge-watcher.ts).
  expireCampaignContent();
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
