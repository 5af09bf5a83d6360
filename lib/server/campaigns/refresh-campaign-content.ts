import "server-only";
import { revalidatePath, revalidateTag, updateTag } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { expirePublicPages } from "@/lib/page-cache/expire-public-pages";

// Campaigns and banners are read by public pages through unstable_cache
// tagged CACHE_TAGS.campaigns (the home page, every page's site-wide strip,
// /chuyen-trang and campaign pages).

/** In a server action, after a change: the next public view reads it; the back office refreshes. */
export function refreshCampaignContent(): void {
  updateTag(CACHE_TAGS.campaigns);
  expirePublicPages();
  revalidatePath("/quan-tri", "layout");
}

/** In a route handler (the scheduler's loopback call at a window's edge): the same expiry. */
export function expireCampaignContent(): void {
  revalidateTag(CACHE_TAGS.campaigns, { expire: 0 });
  expirePublicPages();
}
