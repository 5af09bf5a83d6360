import { formatDateTime } from "@/lib/content/dates";
import { formatByline } from "@/lib/items/format-byline";
import type { PublicItem } from "@/lib/server/items/public/get-public-item";
import { kindLabel } from "@/lib/items/item-labels";

/** Kind, title, date, byline, unit and views of an article. */
export function ArticleHeader({ item }: { item: PublicItem }) {
  const byline = formatByline({ authorNames: item.authorNames, penName: item.penName });
  return (
    <header>
      <p className="text-sm font-semibold tracking-wide text-brand uppercase">{kindLabel(item.kind, item.isInDepth)}</p>
      <h1 className="mt-2 text-2xl leading-snug font-bold text-stone-950 sm:text-[2rem] sm:leading-tight">
        {item.title}
      </h1>
      <div className="mt-3 flex flex-wrap gap-x-4 gap-y-1 border-y border-stone-200 py-2 text-sm text-stone-700">
        <p>
          <time dateTime={item.publishedAt}>{formatDateTime(item.publishedAt)}</time>
        </p>
        {(byline || item.unitName) && (
          <p>
            {byline && <span className="font-semibold text-stone-900">{byline}</span>}
            {byline && item.unitName && <span aria-hidden="true"> – </span>}
            {item.unitName && <span>{item.unitName}</span>}
          </p>
        )}
        <p>{item.viewCount.toLocaleString("vi-VN")} lượt xem</p>
      </div>
    </header>
  );
}
