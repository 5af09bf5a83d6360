import type { HomeSectionBlock } from "@/lib/server/items/public/get-home-page";
import { sectionPath } from "@/lib/urls";
import { BlockHeading } from "@/components/site/block-heading";
import { ItemRow, ItemTitleLink } from "@/components/site/item-card";

/** A section on the home page: its newest item with a picture, then titles. */
export function SectionBlock({ block }: { block: HomeSectionBlock }) {
  const [first, ...rest] = block.items;
  const headingId = `khoi-${block.section.slug}`;
  return (
    <section aria-labelledby={headingId}>
      <BlockHeading id={headingId} title={block.section.name} href={sectionPath(block.section.slug)} />
      {!first ? (
        <p className="text-stone-600">Chuyên mục chưa có tin, bài.</p>
      ) : (
        <>
          <ItemRow item={first} hasLead={false} />
          {rest.length > 0 && (
            <ul className="mt-3 divide-y divide-stone-200 border-t border-stone-200">
              {rest.map((item) => (
                <li key={item.id} className="py-2.5">
                  <ItemTitleLink item={item} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
