import { formatShortDate } from "@/lib/content/dates";
import { kindLabel } from "@/lib/items/item-labels";
import type { ItemSummary } from "@/lib/server/items/public/item-summary";

/** "Bài · 28/02/2019" under a title in lists. */
export function ItemMeta({ item, className = "" }: { item: ItemSummary; className?: string }) {
  return (
    <p className={`text-sm text-stone-600 ${className}`}>
      <span className="font-semibold text-brand">{kindLabel(item.kind, item.isInDepth)}</span>
      <span aria-hidden="true"> · </span>
      <time dateTime={item.publishedAt}>{formatShortDate(item.publishedAt)}</time>
    </p>
  );
}
