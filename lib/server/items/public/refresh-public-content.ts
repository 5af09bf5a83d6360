import "server-only";
import { revalidatePath, revalidateTag, updateTag } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { expirePublicPages } from "@/lib/page-cache/expire-public-pages";

// Every public list and page of items (home, sections, item pages, feeds,
// the sitemap, search) is read through unstable_cache tagged CACHE_TAGS.items;
// expiring that tag refreshes them all at once.

/**
 * In a server action, after publishing, unpublishing, correcting or
 * featuring: the public caches are expired (the acting editor's next page
 * view already reads the new state) and the back office's queues refresh.
 */
export function refreshPublicContent(): void {
  updateTag(CACHE_TAGS.items);
  expirePublicPages();
  revalidatePath("/quan-tri", "layout");
}

/** In a route handler (updateTag works only in server actions): the same expiry, immediate. */
export function expirePublicContent(): void {
  revalidateTag(CACHE_TAGS.items, { expire: 0 });
  expirePublicPages();
}
