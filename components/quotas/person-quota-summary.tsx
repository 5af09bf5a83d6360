import { QuotaStatusBadge } from "@/components/quotas/quota-status-badge";
import { doneText, quotaTargetText, remainingText } from "@/lib/quotas/quota-labels";
import type { PersonQuotaRow } from "@/lib/quotas/quota-types";
import { POSITION_LABELS } from "@/lib/users/labels";

/** The person's line of the dashboard, written out: the numbers the item list below adds up to. */
export function PersonQuotaSummary({ row, unitName, hasPlan, year }: { row: PersonQuotaRow | null; unitName: string; hasPlan: boolean; year: number }) {
  if (!row) {
    return (
      <p className="rounded border border-stone-200 bg-white p-4 text-stone-700">
        {unitName} · {hasPlan ? `Không có chỉ tiêu trong kế hoạch năm ${year}.` : `Năm ${year} chưa có kế hoạch chỉ tiêu.`}
      </p>
    );
  }
  const { evaluation } = row;
  const entries: [string, React.ReactNode][] = [
    ["Đơn vị", row.unitName],
    ["Chức vụ", POSITION_LABELS[row.position]],
    ["Chỉ tiêu", quotaTargetText(evaluation.target)],
    ["Đã có", doneText(evaluation.done)],
    ["Còn lại", remainingText(evaluation)],
    ["Trạng thái", <QuotaStatusBadge key="status" status={evaluation.status} />],
  ];
  return (
    <section aria-labelledby="ket-qua" className="rounded border border-stone-200 bg-white p-4">
      <h2 id="ket-qua" className="text-lg font-bold text-stone-900">
        Kết quả năm {year}
      </h2>
      <dl className="mt-2 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        {entries.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-stone-600">{label}</dt>
            <dd className="font-semibold text-stone-900" data-field={label}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {evaluation.articlesCountedAsNews > 0 && (
        <p className="mt-2 text-sm text-stone-700">
          {evaluation.articlesCountedAsNews} bài vượt chỉ tiêu bài được tính thay cho tin còn thiếu, theo kế hoạch năm {year}.
        </p>
      )}
    </section>
  );
}
