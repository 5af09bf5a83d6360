import Link from "next/link";

type BlockHeadingProps = { id: string; title: string; href?: string; moreLabel?: string };

/** A block's title with a red rule, and "Xem thêm" when it has a page of its own. */
export function BlockHeading({ id, title, href, moreLabel = "Xem thêm" }: BlockHeadingProps) {
  return (
    <div className="mb-4 flex items-end justify-between gap-4 border-b-2 border-brand">
      <h2 id={id} className="-mb-0.5 border-b-2 border-brand pb-1 text-lg font-bold text-brand uppercase">
        {href ? (
          <Link href={href} className="hover:underline">
            {title}
          </Link>
        ) : (
          title
        )}
      </h2>
      {href && (
        <Link href={href} className="shrink-0 pb-1 text-sm font-semibold whitespace-nowrap text-brand hover:underline">
          {moreLabel}
          <span className="sr-only">: {title}</span> ›
        </Link>
      )}
    </div>
  );
}
