import { activityRuleText, CADENCE_RULE_TEXT } from "@/lib/reports/report-labels";

/** How every number on the page was counted, in plain Vietnamese. */
export function ReportNotes({ planYear }: { planYear: number }) {
  return (
    <section aria-labelledby="cach-tinh-bao-cao" className="rounded border-l-4 border-brand bg-stone-50 p-4 ring-1 ring-stone-200">
      <h2 id="cach-tinh-bao-cao" className="text-lg font-bold text-stone-900">
        Cách tính
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm leading-relaxed text-stone-800">
        {activityRuleText(planYear).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3 className="mt-3 font-semibold text-stone-900">Nhịp đăng bài</h3>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm leading-relaxed text-stone-800">
        {CADENCE_RULE_TEXT.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
