import Link from "next/link";
import { formatShortDate } from "@/lib/content/dates";
import { kindLabel } from "@/lib/items/item-labels";
import type { ItemHit } from "@/lib/server/search/search-site";
import { itemPath } from "@/lib/urls";

// titleHtml and snippetHtml come from lib/search/highlight: every character is
// escaped there except the <mark> tags it adds.
export function ItemHitRow({ hit }: { hit: ItemHit }) {
  return (
    <li className="py-4">
      <h3 className="text-lg leading-snug font-semibold">
        <Link
          href={itemPath(hit.slug)}
          className="text-stone-900 hover:text-brand hover:underline"
          dangerouslySetInnerHTML={{ __html: hit.titleHtml }}
        />
      </h3>
      <p className="mt-1 text-sm text-stone-600">
        <span className="font-semibold text-brand">{kindLabel(hit.kind, hit.isInDepth)}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={hit.publishedAt}>{formatShortDate(hit.publishedAt)}</time>
      </p>
      {hit.snippetHtml && (
        <p className="mt-1.5 leading-relaxed text-stone-700" dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} />
      )}
    </li>
  );
}
