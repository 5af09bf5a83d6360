import Link from "next/link";

type PaginationProps = {
  page: number;
  pageCount: number;
  /** Builds the href of page N (page 1 should drop the `trang` parameter). */
  hrefFor: (page: number) => string;
  label?: string;
};

// Plain links: works without JavaScript and for crawlers.
function pagesToShow(page: number, pageCount: number): (number | "gap")[] {
  const wanted = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2]);
  const pages = [...wanted].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  const withGaps: (number | "gap")[] = [];
  for (const p of pages) {
    const previous = withGaps[withGaps.length - 1];
    if (typeof previous === "number" && p - previous > 1) withGaps.push("gap");
    withGaps.push(p);
  }
  return withGaps;
}

const linkClass =
  "inline-flex min-w-10 min-h-10 items-center justify-center rounded border border-stone-300 px-3 text-sm hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800";

export function Pagination({ page, pageCount, hrefFor, label = "Phân trang" }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link className={linkClass} href={hrefFor(page - 1)} rel="prev">
              ‹ Trang trước
            </Link>
          </li>
        )}
        {pagesToShow(page, pageCount).map((p, index) =>
          p === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-stone-500">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page" className={`${linkClass} border-red-800 bg-red-800 font-semibold text-white`}>
                  {p}
                </span>
              ) : (
                <Link className={linkClass} href={hrefFor(p)} aria-label={`Trang ${p}`}>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <Link className={linkClass} href={hrefFor(page + 1)} rel="next">
              Trang sau ›
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
