import type { SearchHit } from "@/lib/server/search/search-site";
import { DocumentHitRow } from "@/components/search/document-hit-row";
import { ItemHitRow } from "@/components/search/item-hit-row";

// Items and documents in the one order the search ranked them.
export function SearchHitList({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className="divide-y divide-stone-200 [&_mark]:rounded-sm [&_mark]:bg-yellow-200 [&_mark]:px-0.5 [&_mark]:text-inherit">
      {hits.map((hit) =>
        hit.item ? (
          <ItemHitRow key={`item-${hit.item.slug}`} hit={hit.item} />
        ) : (
          <DocumentHitRow key={`document-${hit.document.slug}`} hit={hit.document} />
        ),
      )}
    </ol>
  );
}
