import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { SectionCadenceRow } from "@/lib/reports/report-types";
import { cadenceText } from "@/lib/sections/labels";

/** "Theo gương Bác: 3 ngày chưa có tin, bài mới"; "…: chưa có tin, bài nào"; "…: mới có 1/3 tin, bài trong kỳ". */
export function sectionBehindText(row: Pick<SectionCadenceRow, "name" | "daysSinceLast" | "published" | "expected">): string {
  if (row.daysSinceLast === null) return `${row.name}: chưa có tin, bài nào`;
  if (row.daysSinceLast >= 1) return `${row.name}: ${row.daysSinceLast} ngày chưa có tin, bài mới`;
  return `${row.name}: mới có ${row.published}/${row.expected} tin, bài trong kỳ`;
}

/** Sections behind their cadence, most overdue first, with the way to the activity report. */
export function SectionsBehindList({ rows, reportHref }: { rows: readonly SectionCadenceRow[]; reportHref?: string }) {
  if (rows.length === 0) return <EmptyState>Mọi chuyên mục đều đăng đúng nhịp đã đặt.</EmptyState>;
  const sorted = [...rows].sort((a, b) => (b.daysSinceLast ?? Infinity) - (a.daysSinceLast ?? Infinity));
  return (
    <div>
      <ul className="divide-y divide-stone-100">
        {sorted.map((row) => (
          <li key={row.sectionId} className="py-2">
            <p className="font-semibold text-stone-900">
              <span aria-hidden="true" className="text-amber-700">
                ⚠{" "}
              </span>
              {sectionBehindText(row)}
            </p>
            <p className="text-sm text-stone-600">Nhịp đặt ra: {cadenceText(row.cadence, row.cadenceTarget).toLowerCase()}</p>
          </li>
        ))}
      </ul>
      {reportHref && (
        <Link href={reportHref} className={buttonClass("secondary", "mt-3")}>
          Xem báo cáo hoạt động
        </Link>
      )}
    </div>
  );
}
