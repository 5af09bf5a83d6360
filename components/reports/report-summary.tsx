import { changeSentence, changeSpoken, formatCount } from "@/lib/reports/report-labels";
import type { ActivityReport } from "@/lib/reports/report-types";

type Figure = { label: string; count: number; previous: number; note?: string };

/** The headline figures, each with its change from the previous period. */
export function ReportSummary({ report }: { report: ActivityReport }) {
  const { totals } = report;
  const noPlan = `năm ${report.planYear} chưa có kế hoạch chỉ tiêu`;
  const figures: Figure[] = [
    { label: "Tin, bài đã đăng", ...totals.items },
    { label: "Lượt xem", ...totals.views, note: "của tin, bài đăng trong kỳ, tính đến hôm nay" },
    { label: "Văn bản đã công bố", ...totals.documents },
    { label: "Người có chỉ tiêu đã viết", ...totals.writers, note: report.hasPlan ? `trên ${formatCount(report.writers.length + report.nonWriters.length)} người có chỉ tiêu` : noPlan },
    { label: "Đơn vị có chỉ tiêu đã viết", ...totals.units, note: report.hasPlan ? `trên ${formatCount(report.unitsWrote.length + report.unitsSilent.length)} đơn vị có chỉ tiêu` : noPlan },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-5">
      {figures.map((figure) => (
        <div key={figure.label} className="min-w-0 rounded border border-stone-200 bg-white p-3 sm:p-4">
          <dt className="text-sm text-stone-600">{figure.label}</dt>
          <dd className="mt-1 text-2xl font-bold sm:text-3xl text-stone-900 tabular-nums">{formatCount(figure.count)}</dd>
          <dd className="mt-1 text-sm text-stone-700" title={changeSpoken(figure.count, figure.previous)}>
            <span aria-hidden="true">{changeSentence(figure.count, figure.previous)}</span>
            <span className="sr-only">{changeSpoken(figure.count, figure.previous)}</span>
          </dd>
          {figure.note && <dd className="mt-1 text-xs text-stone-500">{figure.note}</dd>}
        </div>
      ))}
    </dl>
  );
}
