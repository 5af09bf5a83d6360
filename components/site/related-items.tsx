import type { ItemSummary } from "@/lib/server/items/public/item-summary";
import { sectionPath } from "@/lib/urls";
import { BlockHeading } from "@/components/site/block-heading";
import { ItemRow } from "@/components/site/item-card";

type RelatedItemsProps = { items: ItemSummary[]; section: { slug: string; name: string } };

/** Other items of the same section, under the article. */
export function RelatedItems({ items, section }: RelatedItemsProps) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="khoi-lien-quan" className="mt-10">
      <BlockHeading id="khoi-lien-quan" title="Tin, bài cùng chuyên mục" href={sectionPath(section.slug)} />
      <ul className="space-y-4">
        {items.map((item) => (
          <li key={item.id}>
            <ItemRow item={item} hasLead={false} />
          </li>
        ))}
      </ul>
    </section>
  );
}
