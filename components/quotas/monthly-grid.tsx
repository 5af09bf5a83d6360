import { EmptyState } from "@/components/ui/empty-state";
import type { MonthlyParticipation } from "@/lib/quotas/quota-types";
import { UNIT_KIND_LABELS } from "@/lib/units/labels";

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

type Row = MonthlyParticipation["rows"][number];

/** A row's count for a month; null for months not reached yet (left blank). */
export function monthCount(data: Pick<MonthlyParticipation, "months">, row: Pick<Row, "counts">, month: number): number | null {
  const index = data.months.indexOf(month);
  return index === -1 ? null : (row.counts[index] ?? 0);
}

// `relative`: the screen-reader texts inside stay within the scrolling frame
// (an absolute element escapes it otherwise and widens the phone's page).
const CELL = "relative border-t border-l border-stone-100 px-2 py-2 text-center";

function Cell({ count, minPerMonth, isRunning }: { count: number | null; minPerMonth: number; isRunning: boolean }) {
  if (count === null) {
    return (
      <td className={CELL}>
        <span className="sr-only">Chưa đến</span>
      </td>
    );
  }
  if (count === 0 && isRunning) {
    return (
      <td className={`${CELL} text-stone-500`}>
        0<span className="sr-only"> (tháng đang diễn ra)</span>
      </td>
    );
  }
  if (count === 0) {
    return (
      <td className={`${CELL} bg-red-50 font-bold text-red-800`} data-empty-month="">
        <span aria-hidden="true">✕</span>
        <span className="sr-only">Không có tin, bài</span>
      </td>
    );
  }
  const isShort = count < minPerMonth && !isRunning;
  return (
    <td className={`${CELL} tabular-nums ${isShort ? "bg-amber-50 text-amber-900" : "text-stone-900"}`}>
      {count}
      {isShort && (
        <>
          <span aria-hidden="true">*</span>
          <span className="sr-only"> (chưa đủ {minPerMonth} tin, bài)</span>
        </>
      )}
    </td>
  );
}

/** Units that must write every month × the twelve months: the count, a cross for a month with nothing, blanks for months to come. */
export function MonthlyGrid({ data, currentMonth }: { data: MonthlyParticipation; currentMonth?: number }) {
  if (data.rows.length === 0) return <EmptyState>Kế hoạch năm {data.year} không giao chỉ tiêu hằng tháng cho đơn vị nào.</EmptyState>;
  const hasShortMonths = data.rows.some((row) => data.months.some((month) => {
    const count = monthCount(data, row, month);
    return count !== null && count > 0 && count < row.minPerMonth && month !== currentMonth;
  }));
  return (
    <div className="space-y-2">
      <div className="overflow-x-auto rounded border border-stone-200 bg-white">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Số tin, bài mỗi tháng năm {data.year} của các ban, đoàn thể phải viết hằng tháng</caption>
          <thead className="border-b border-stone-200 bg-stone-100 text-stone-700">
            <tr>
              <th scope="col" className="sticky left-0 z-10 bg-stone-100 px-3 py-2 text-left font-semibold">
                Đơn vị
              </th>
              {MONTHS.map((month) => (
                <th key={month} scope="col" className="min-w-10 px-2 py-2 text-center font-semibold">
                  <abbr title={month === currentMonth ? `Tháng ${month} (đang diễn ra)` : `Tháng ${month}`} className="no-underline">
                    T{month}
                  </abbr>
                  {month === currentMonth && <span className="block text-xs font-normal whitespace-nowrap text-stone-600">đang diễn ra</span>}
                </th>
              ))}
              <th scope="col" className="px-3 py-2 text-right font-semibold whitespace-nowrap">
                Cả năm
              </th>
              <th scope="col" className="px-3 py-2 text-right font-semibold whitespace-nowrap">
                Tháng không có
              </th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => {
              const counts = MONTHS.map((month) => monthCount(data, row, month));
              const total = counts.reduce<number>((sum, count) => sum + (count ?? 0), 0);
              const silent = counts.filter((count, index) => count === 0 && index + 1 !== currentMonth).length;
              return (
                <tr key={row.unitId} className="hover:bg-stone-50">
                  <th scope="row" className="sticky left-0 z-10 min-w-44 border-t border-stone-100 bg-white px-3 py-2 text-left font-semibold text-stone-900">
                    {row.name}
                    <span className="block text-xs font-normal text-stone-600">
                      {UNIT_KIND_LABELS[row.kind]} · ít nhất {row.minPerMonth} tin, bài/tháng
                    </span>
                  </th>
                  {counts.map((count, index) => (
                    <Cell key={index} count={count} minPerMonth={row.minPerMonth} isRunning={index + 1 === currentMonth} />
                  ))}
                  <td className="border-t border-l border-stone-100 px-3 py-2 text-right font-semibold tabular-nums">{total}</td>
                  <td className={`border-t border-l border-stone-100 px-3 py-2 text-right tabular-nums ${silent > 0 ? "font-semibold text-red-800" : ""}`}>{silent}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="text-sm text-stone-700">
        <span aria-hidden="true" className="font-bold text-red-800">✕</span> tháng không có tin, bài nào được đăng
        {hasShortMonths && (
          <>
            {" "}· <span aria-hidden="true">*</span> chưa đủ số tin, bài của tháng
          </>
        )}
        {currentMonth !== undefined && <> · tháng {currentMonth} đang diễn ra nên chưa tính là thiếu</>}
        {data.months.length < 12 && <> · ô trống: tháng chưa đến</>}.
      </p>
    </div>
  );
}
