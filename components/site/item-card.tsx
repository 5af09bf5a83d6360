import Link from "next/link";
import type { ItemSummary } from "@/lib/server/items/public/item-summary";
import { itemPath } from "@/lib/urls";
import { ItemMeta } from "@/components/site/item-meta";
import { ItemThumbnail } from "@/components/site/item-thumbnail";

type HeadingLevel = "h2" | "h3";

/** The home page's lead story: big picture, big title, the lead. */
export function LeadItemCard({ item, as: Heading = "h2" }: { item: ItemSummary; as?: HeadingLevel }) {
  return (
    <article className="group">
      {item.cover && (
        <Link href={itemPath(item.slug)} tabIndex={-1} aria-hidden="true">
          <ItemThumbnail image={item.cover} width={960} sizes="(min-width: 1024px) 640px, 100vw" isPriority />
        </Link>
      )}
      <Heading className="mt-3 text-2xl leading-snug font-bold sm:text-3xl">
        <Link href={itemPath(item.slug)} className="hover:text-brand hover:underline">
          {item.title}
        </Link>
      </Heading>
      <ItemMeta item={item} className="mt-2" />
      {item.lead && <p className="mt-2 text-lg leading-relaxed text-stone-800">{item.lead}</p>}
    </article>
  );
}

/**
 * A row in a list: thumbnail beside title, date and (optionally) lead. The
 * first row of a list page is above the fold: its picture loads at once.
 */
export function ItemRow({
  item,
  as: Heading = "h3",
  hasLead = true,
  isPriority = false,
}: {
  item: ItemSummary;
  as?: HeadingLevel;
  hasLead?: boolean;
  isPriority?: boolean;
}) {
  return (
    <article className="flex gap-3 sm:gap-4">
      {item.cover && (
        <Link href={itemPath(item.slug)} tabIndex={-1} aria-hidden="true" className="w-28 shrink-0 sm:w-48">
          <ItemThumbnail image={item.cover} width={480} sizes="(min-width: 640px) 192px, 112px" className="rounded" isPriority={isPriority} />
        </Link>
      )}
      <div className="min-w-0 flex-1">
        <Heading className="text-base leading-snug font-semibold sm:text-lg">
          <Link href={itemPath(item.slug)} className="hover:text-brand hover:underline">
            {item.title}
          </Link>
        </Heading>
        <ItemMeta item={item} className="mt-1" />
        {hasLead && item.lead && (
          <p className="mt-1 line-clamp-3 hidden text-stone-700 sm:block">{item.lead}</p>
        )}
      </div>
    </article>
  );
}

/** Title and date only: the densest list (latest news, related items). */
export function ItemTitleLink({ item }: { item: ItemSummary }) {
  return (
    <>
      <Link href={itemPath(item.slug)} className="font-semibold leading-snug hover:text-brand hover:underline">
        {item.title}
      </Link>
      <ItemMeta item={item} className="mt-0.5" />
    </>
  );
}
