import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_TAGS, PUBLIC_CACHE_SECONDS } from "@/lib/cache-tags";
import { vietnamIsoDate } from "@/lib/quotas/quota-year";

// The quota and activity reports aggregate a year of items: computed once,
// then served from Next's data cache until something they count changes.
// Publishing, unpublishing or correcting an item expires CACHE_TAGS.items, a
// document CACHE_TAGS.documents;
// changing a person's position or unit, a unit or a quota plan expires
// CACHE_TAGS.quotas; a new Vietnam day is a new key (reports measured "as of
// today"); PUBLIC_CACHE_SECONDS backs it all up for changes made outside the
// app. Each result carries its computedAt, shown as "Số liệu tính đến …".

/** A clock this close to the real one is "now"; any other is a question about another moment, never cached. */
const NOW_TOLERANCE_MS = 60_000;

export function cachedByDay<Args extends (string | number)[], Result>(
  name: string,
  compute: (now: Date, ...args: Args) => Promise<Result>,
): (now: Date, ...args: Args) => Promise<Result> {
  const cached = unstable_cache(
    (_day: string, ...args: Args) => compute(new Date(), ...args),
    [name],
    { tags: [CACHE_TAGS.items, CACHE_TAGS.documents, CACHE_TAGS.quotas], revalidate: PUBLIC_CACHE_SECONDS },
  );
  return (now, ...args) => {
    if (Math.abs(now.getTime() - Date.now()) > NOW_TOLERANCE_MS) return compute(now, ...args);
    return cached(vietnamIsoDate(now), ...args);
  };
}
