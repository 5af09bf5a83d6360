import "server-only";
import { db } from "@/lib/db";
import { createViewCounter, type ViewCounts } from "@/lib/items/view-counter";
import { rememberItemSlug } from "@/lib/page-cache/cached-item-views";

const FLUSH_INTERVAL_MS = 5_000;

async function writeViewCounts(counts: ViewCounts): Promise<void> {
  const ids = [...counts.keys()];
  const increments = ids.map((id) => counts.get(id) ?? 0);
  // One statement for the whole batch. Raw SQL on purpose: it leaves
  // updated_at alone (a view is not an edit) and skips Prisma's per-row update.
  await db.$executeRaw`
    UPDATE items AS i
       SET view_count = i.view_count + v.n
      FROM unnest(${ids}::int[], ${increments}::int[]) AS v(id, n)
     WHERE i.id = v.id`;
}

// One buffer per server process, kept on globalThis so dev-mode module
// reloads do not strand counts in an orphaned copy.
const globalForViews = globalThis as unknown as { itemViewCounter?: ReturnType<typeof createViewCounter> };
const counter = (globalForViews.itemViewCounter ??= createViewCounter({
  write: writeViewCounts,
  intervalMs: FLUSH_INTERVAL_MS,
}));

const countView = (itemId: number) => counter.record(itemId);

/** Counts one reading of a public item. Call it from `after()`: it never waits on the database. */
export function recordView(itemId: number, slug: string): void {
  countView(itemId);
  // Readers the page cache serves this page to are counted through this.
  rememberItemSlug(slug, itemId, countView);
}
