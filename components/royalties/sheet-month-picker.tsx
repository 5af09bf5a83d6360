import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { adminPaths } from "@/lib/admin-paths";
import { royaltyPeriodLabel } from "@/lib/royalties/royalty-period";
import { shiftPeriod } from "@/lib/royalties/royalty-sheet-maths";

/** The previous and next month as links, and a GET form (?thang=11/2026) for any month: works without JavaScript. */
export function SheetMonthPicker({ period }: { period: string }) {
  const previous = shiftPeriod(period, -1);
  const next = shiftPeriod(period, 1);
  return (
    <nav aria-label="Chọn tháng" className="flex flex-wrap items-end gap-2">
      <Link href={`${adminPaths.royalties}?thang=${previous}`} className={buttonClass("secondary")} aria-label={`Tháng trước (${royaltyPeriodLabel(previous)})`}>
        ‹ Tháng trước
      </Link>
      <form method="get" action={adminPaths.royalties} className="flex items-end gap-2">
        <label className="flex flex-col gap-1 text-sm text-stone-700">
          <span>Tháng (tháng/năm)</span>
          {/* Typed as "11/2026": a browser's own month picker speaks the browser's language. */}
          <input
            type="text"
            name="thang"
            inputMode="numeric"
            pattern="\s*(0?[1-9]|1[0-2])\s*/\s*\d{4}\s*"
            title="Nhập tháng/năm, ví dụ 11/2026"
            placeholder="mm/yyyy"
            defaultValue={`${period.slice(5, 7)}/${period.slice(0, 4)}`}
            required
            className="w-28 rounded border border-stone-300 px-2 py-1.5"
          />
        </label>
        <Button variant="secondary">Xem</Button>
      </form>
      <Link href={`${adminPaths.royalties}?thang=${next}`} className={buttonClass("secondary")} aria-label={`Tháng sau (${royaltyPeriodLabel(next)})`}>
        Tháng sau ›
      </Link>
    </nav>
  );
}
