import Link from "next/link";
import type { QuotaSort } from "@/lib/quotas/quota-types";

export type SortState = { sort: QuotaSort; direction: "asc" | "desc" };

/**
 * A column header that sorts by its column: a plain link (keyboard and
 * no-JavaScript friendly) that flips the direction when the column is
 * already the sorted one; aria-sort tells screen readers the current order.
 */
export function SortHeader({
  column,
  label,
  state,
  hrefFor,
  className = "",
}: {
  column: QuotaSort;
  label: string;
  state: SortState;
  hrefFor: (next: SortState) => string;
  className?: string;
}) {
  const isCurrent = state.sort === column;
  const next: SortState = { sort: column, direction: isCurrent && state.direction === "asc" ? "desc" : "asc" };
  const ariaSort = isCurrent ? (state.direction === "asc" ? "ascending" : "descending") : undefined;
  const arrow = isCurrent ? (state.direction === "asc" ? "▲" : "▼") : "↕";
  return (
    <th scope="col" aria-sort={ariaSort} className={`relative px-3 py-2 font-semibold whitespace-nowrap ${className}`}>
      <Link
        href={hrefFor(next)}
        className="inline-flex min-h-8 items-center gap-1 rounded text-stone-800 underline-offset-2 hover:text-brand hover:underline"
      >
        {label}
        <span aria-hidden="true" className={isCurrent ? "text-brand" : "text-stone-400"}>
          {arrow}
        </span>
        <span className="sr-only">{next.direction === "asc" ? "(bấm để sắp xếp tăng dần)" : "(bấm để sắp xếp giảm dần)"}</span>
      </Link>
    </th>
  );
}
