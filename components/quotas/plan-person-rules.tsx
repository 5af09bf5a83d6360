"use client";

import { AddNewRowButton, MinimumCells, MinimumHeadings, RemoveNewRowCell, RuleErrors, useIsHydrated, useNewRows } from "@/components/quotas/plan-rule-cells";
import { RemoveRuleTrigger } from "@/components/quotas/plan-rule-remove";
import type { PersonRuleView } from "@/lib/quotas/quota-types";
import { POSITION_LABELS, POSITIONS } from "@/lib/users/labels";

const selectClass = "block min-h-11 w-48 rounded border border-stone-300 bg-white px-2 py-2 text-base";

/** One row per position: the saved rules (position fixed), then new rows with a position to choose. */
export function PlanPersonRules({ rules, version, errors }: { rules: readonly PersonRuleView[]; version: string; errors?: readonly string[] }) {
  const newRows = useNewRows(version);
  const isHydrated = useIsHydrated();
  const used = new Set(rules.map((rule) => rule.position));
  return (
    <section aria-labelledby="quy-dinh-ca-nhan" className="space-y-3">
      <div>
        <h2 id="quy-dinh-ca-nhan" className="text-lg font-bold text-stone-900">
          Chỉ tiêu cá nhân theo chức vụ
        </h2>
        <p className="mt-1 text-sm text-stone-600">
          Số tin, bài tối thiểu mỗi người phải viết trong năm, theo chức vụ. Bài chuyên sâu cũng được tính là bài; “Tin hoặc bài” là số tin, bài
          bất kỳ loại. Ô để trống là 0; mỗi ô từ 0 đến 100.
        </p>
      </div>
      <RuleErrors id="loi-quy-dinh-ca-nhan" errors={errors} />
      <div className="relative overflow-x-auto rounded border border-stone-200 bg-white">
        <table className="w-full border-collapse text-left text-sm" aria-describedby={errors?.length ? "loi-quy-dinh-ca-nhan" : undefined}>
          <caption className="sr-only">Chỉ tiêu cá nhân theo chức vụ</caption>
          <thead className="border-b border-stone-200 bg-stone-100 text-stone-700">
            <tr>
              <th scope="col" className="px-2 py-2 font-semibold">
                Chức vụ
              </th>
              <MinimumHeadings />
              <th scope="col" className="px-2 py-2">
                <span className="sr-only">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule, index) => (
              <tr key={rule.id}>
                <th scope="row" className="border-t border-stone-100 px-2 py-2 align-top font-semibold whitespace-nowrap text-stone-900">
                  <input type="hidden" name={`personRules.${index}.position`} value={rule.position} />
                  <span className="inline-flex min-h-11 items-center">{POSITION_LABELS[rule.position]}</span>
                </th>
                <MinimumCells prefix={`personRules.${index}`} rowLabel={POSITION_LABELS[rule.position]} values={rule} />
                <td className="border-t border-stone-100 px-2 py-2 align-top">
                  <RemoveRuleTrigger ruleId={rule.id} label={POSITION_LABELS[rule.position]} />
                </td>
              </tr>
            ))}
            {newRows.rows.map((rowId, offset) => {
              const prefix = `personRules.${rules.length + offset}`;
              return (
                <tr key={rowId} className="bg-stone-50">
                  <td className="border-t border-stone-100 px-2 py-2 align-top">
                    <select name={`${prefix}.position`} defaultValue="" aria-label="Chức vụ của quy định mới" className={selectClass}>
                      <option value="">— Thêm chức vụ —</option>
                      {POSITIONS.map((position) => (
                        <option key={position} value={position} disabled={used.has(position)}>
                          {POSITION_LABELS[position]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <MinimumCells prefix={prefix} rowLabel="Quy định mới" />
                  <RemoveNewRowCell newRows={newRows} rowId={rowId} isHydrated={isHydrated} className="border-t border-stone-100 px-2 py-2 align-top" />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <AddNewRowButton newRows={newRows} isHydrated={isHydrated} label="Thêm dòng chức vụ" />
    </section>
  );
}
