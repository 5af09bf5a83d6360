// A reader served from the page cache never reaches the item page, which
// counts views (lib/server/items/public/record-view.ts). So the page, when it is rendered,
// leaves here which item its slug is and how to count a view of it, and the
// page cache counts every hit through that: one view per reader, as before
// (the render that filled the cache counted the first). Shared on
// globalThis: the page runs inside Next's bundles, the cache in the server
// in front, in one process.

type Registry = { idBySlug: Map<string, number>; record?: (itemId: number) => void };

const REGISTRY_KEY = Symbol.for("trang.pageCache.itemViews");
// Slugs remembered at most; beyond, the map starts again (a miss only loses a count).
const MAX_SLUGS = 200_000;

function registry(): Registry {
  const shared = globalThis as typeof globalThis & { [REGISTRY_KEY]?: Registry };
  shared[REGISTRY_KEY] ??= { idBySlug: new Map() };
  return shared[REGISTRY_KEY];
}

/** Called by the item page's view count. */
export function rememberItemSlug(slug: string, itemId: number, record: (itemId: number) => void): void {
  const { idBySlug } = registry();
  if (idBySlug.size >= MAX_SLUGS && !idBySlug.has(slug)) idBySlug.clear();
  idBySlug.set(slug, itemId);
  registry().record = record;
}

/** Called by the page cache for a reader it served an item page to. */
export function recordCachedItemView(slug: string): void {
  const { idBySlug, record } = registry();
  const itemId = idBySlug.get(slug);
  if (itemId !== undefined) record?.(itemId);
}
