// Tags on cached public data. Whatever changes content revalidates the tags it
// touched (publishing an item: ITEMS; renaming a section: SECTIONS), and
// pages, feeds, the sitemap and search follow on their next request.
export const CACHE_TAGS = {
  items: "items",
  sections: "sections",
  documents: "documents",
  campaigns: "campaigns",
  // People's positions and units, the unit tree, quota plans: what the quota
  // and activity reports count besides items (lib/server/cached-by-day.ts).
  quotas: "quotas",
} as const;

export type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS];

// Backstop for changes made outside the app (e.g. straight in SQL).
export const PUBLIC_CACHE_SECONDS = 600;
