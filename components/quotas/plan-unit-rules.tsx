"use client";

import { AddNewRowButton, MinimumCells, MinimumHeadings, RemoveNewRowCell, RuleErrors, useIsHydrated, useNewRows } from "@/components/quotas/plan-rule-cells";
import { RemoveRuleTrigger } from "@/components/quotas/plan-rule-remove";
import { QUOTA_PERIOD_LABELS } from "@/lib/quotas/quota-labels";
import type { UnitRuleView } from "@/lib/quotas/quota-types";
import { UNIT_KIND_LABELS, UNIT_KINDS } from "@/lib/units/labels";

const selectClass = "block min-h-11 rounded border border-stone-300 bg-white px-2 py-2 text-base";
const cell = "border-t border-stone-100 px-2 py-2 align-top";

/** Rules per unit kind and period: the saved ones (kind and period fixed), then new rows. */
export function PlanUnitRules({ rules, version, errors }: { rules: readonly UnitRuleView[]; version: string; errors?: readonly string[] }) {
  const newRows = useNewRows(version);
  const isHydrated = useIsHydrated();
  return (
    <section aria-labelledby="quy-dinh-don-vi" className="space-y-3">
      <div>
        <h2 id="quy-dinh-don-vi" className="text-lg font-bold text-stone-900">
          Chỉ tiêu theo đơn vị
        </h2>
        <p className="mt-1 text-sm text-stone-600">
          Mỗi đơn vị thuộc loại đã chọn phải có số tin, bài này (tính cả tin, bài của đơn vị cấp dưới). “Cả năm”: tổng trong năm; “Hằng tháng”:
          tháng nào cũng phải đạt (các ban, đoàn thể viết hằng tháng).
        </p>
      </div>
      <RuleErrors id="loi-quy-dinh-don-vi" errors={errors} />
      <div className="relative overflow-x-auto rounded border border-stone-200 bg-white">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Chỉ tiêu theo đơn vị</caption>
          <thead className="border-b border-stone-200 bg-stone-100 text-stone-700">
            <tr>
              <th scope="col" className="px-2 py-2 font-semibold">
                Loại đơn vị
              </th>
              <th scope="col" className="px-2 py-2 font-semibold">
                Kỳ
              </th>
              <MinimumHeadings />
              <th scope="col" className="px-2 py-2">
                <span className="sr-only">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule, index) => {
              const prefix = `unitRules.${index}`;
              const label = `${UNIT_KIND_LABELS[rule.unitKind]} (${QUOTA_PERIOD_LABELS[rule.period].toLowerCase()})`;
              return (
                <tr key={rule.id}>
                  <th scope="row" className={`${cell} font-semibold whitespace-nowrap text-stone-900`}>
                    <input type="hidden" name={`${prefix}.unitKind`} value={rule.unitKind} />
                    <span className="inline-flex min-h-11 items-center">{UNIT_KIND_LABELS[rule.unitKind]}</span>
                  </th>
                  <td className={`${cell} whitespace-nowrap`}>
                    <input type="hidden" name={`${prefix}.period`} value={rule.period} />
                    <span className="inline-flex min-h-11 items-center">{QUOTA_PERIOD_LABELS[rule.period]}</span>
                  </td>
                  <MinimumCells prefix={prefix} rowLabel={label} values={rule} />
                  <td className={cell}>
                    <RemoveRuleTrigger ruleId={rule.id} label={label} />
                  </td>
                </tr>
              );
            })}
            {newRows.rows.map((rowId, offset) => {
              const prefix = `unitRules.${rules.length + offset}`;
              return (
                <tr key={rowId} className="bg-stone-50">
                  <td className={cell}>
                    <select name={`${prefix}.unitKind`} defaultValue="" aria-label="Loại đơn vị của quy định mới" className={`${selectClass} w-48`}>
                      <option value="">— Thêm loại đơn vị —</option>
                      {UNIT_KINDS.map((kind) => (
                        <option key={kind} value={kind}>
                          {UNIT_KIND_LABELS[kind]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className={cell}>
                    <select name={`${prefix}.period`} defaultValue="YEAR" aria-label="Kỳ của quy định mới" className={`${selectClass} w-36`}>
                      <option value="YEAR">{QUOTA_PERIOD_LABELS.YEAR}</option>
                      <option value="MONTH">{QUOTA_PERIOD_LABELS.MONTH}</option>
                    </select>
                  </td>
                  <MinimumCells prefix={prefix} rowLabel="Quy định đơn vị mới" />
                  <RemoveNewRowCell newRows={newRows} rowId={rowId} isHydrated={isHydrated} className={cell} />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <AddNewRowButton newRows={newRows} isHydrated={isHydrated} label="Thêm dòng đơn vị" />
    </section>
  );
}
