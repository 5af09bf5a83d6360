import { formatLongDate } from "@/lib/content/dates";
import { countingRuleText } from "@/lib/quotas/counting-rule";
import type { QuotaPlanView } from "@/lib/quotas/quota-types";

// ISO yyyy-mm-dd read as a Vietnam calendar day (noon keeps it on that day in any zone).
const dayText = (isoDate: string) => formatLongDate(`${isoDate}T12:00:00+07:00`);

/** The plan the numbers follow (name, number, date) and, in plain words, how an item is counted. */
export function QuotaPlanBox({ plan, effectiveReferenceDate }: { plan: QuotaPlanView; effectiveReferenceDate: string }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section aria-labelledby="ke-hoach-ap-dung" className="rounded border border-stone-200 bg-white p-4">
        <h2 id="ke-hoach-ap-dung" className="text-lg font-bold text-stone-900">
          Kế hoạch áp dụng
        </h2>
        <p className="mt-2 font-semibold text-stone-900">{plan.name}</p>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-stone-600">Số, ký hiệu</dt>
          <dd className="text-stone-900">{plan.reference ?? "Chưa ghi"}</dd>
          <dt className="text-stone-600">Ngày ban hành</dt>
          <dd className="text-stone-900">{plan.issuedOn ? dayText(plan.issuedOn) : "Chưa ghi"}</dd>
          <dt className="text-stone-600">Chức vụ tính theo</dt>
          <dd className="text-stone-900">{dayText(effectiveReferenceDate)}</dd>
          <dt className="text-stone-600">Bài thay tin</dt>
          <dd className="text-stone-900">{plan.isArticleForNewsAllowed ? "Bài vượt chỉ tiêu bài được tính thay tin còn thiếu" : "Không (tin và bài tính riêng)"}</dd>
        </dl>
      </section>
      <section aria-labelledby="cach-tinh" className="rounded border-l-4 border-brand bg-stone-50 p-4 ring-1 ring-stone-200">
        <h2 id="cach-tinh" className="text-lg font-bold text-stone-900">
          Cách tính
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm leading-relaxed text-stone-800">
          {countingRuleText(plan).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
