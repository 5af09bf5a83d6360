import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";

/**
 * A list's GET filter form: the filter lives in the URL (bookmarkable) and
 * works without JavaScript. The fields, then "Lọc" and "Bỏ lọc" (a link back
 * to the unfiltered list) on a row of their own.
 */
export function FilterForm({ label, resetHref, children }: { label: string; resetHref: string; children: React.ReactNode }) {
  return (
    <form method="get" role="search" aria-label={label} className="grid gap-3 rounded border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
      {children}
      <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-4">
        <Button>Lọc</Button>
        <Link href={resetHref} className={buttonClass("secondary")}>
          Bỏ lọc
        </Link>
      </div>
    </form>
  );
}
