"use client";

import { AddNewRowButton, MinimumCells, MinimumHeadings, RemoveNewRowCell, RuleErrors, useIsHydrated, useNewRows } from "@/components/quotas/plan-rule-cells";
import { RemoveRuleTrigger } from "@/components/quotas/plan-rule-remove";
import { FormRowHeading, FormRowTable, FormTableSection, formRowCellClass } from "@/components/ui/form-row-table";
import type { PersonRuleView } from "@/lib/quotas/quota-types";
import { POSITION_LABELS, POSITIONS } from "@/lib/users/labels";

const selectClass = "block min-h-11 w-48 rounded border border-stone-300 bg-white px-2 py-2 text-base";

/** One row per position: the saved rules (position fixed), then new rows with a position to choose. */
export function PlanPersonRules({ rules, version, errors }: { rules: readonly PersonRuleView[]; version: string; errors?: readonly string[] }) {
  const newRows = useNewRows(version);
  const isHydrated = useIsHydrated();
  const used = new Set(rules.map((rule) => rule.position));
  return (
    <FormTableSection
      id="quy-dinh-ca-nhan"
      title="Chỉ tiêu cá nhân theo chức vụ"
      description="Số tin, bài tối thiểu mỗi người phải viết trong năm, theo chức vụ. Bài chuyên sâu cũng được tính là bài; “Tin hoặc bài” là số tin, bài bất kỳ loại. Ô để trống là 0; mỗi ô từ 0 đến 100."
    >
      <RuleErrors id="loi-quy-dinh-ca-nhan" errors={errors} />
      <FormRowTable
        caption="Chỉ tiêu cá nhân theo chức vụ"
        describedBy={errors?.length ? "loi-quy-dinh-ca-nhan" : undefined}
        headings={
          <>
            <FormRowHeading>Chức vụ</FormRowHeading>
            <MinimumHeadings />
          </>
        }
      >
        {rules.map((rule, index) => (
          <tr key={rule.id}>
            <th scope="row" className={`${formRowCellClass} font-semibold whitespace-nowrap text-stone-900`}>
              <input type="hidden" name={`personRules.${index}.position`} value={rule.position} />
              <span className="inline-flex min-h-11 items-center">{POSITION_LABELS[rule.position]}</span>
            </th>
            <MinimumCells prefix={`personRules.${index}`} rowLabel={POSITION_LABELS[rule.position]} values={rule} />
            <td className={formRowCellClass}>
              <RemoveRuleTrigger ruleId={rule.id} label={POSITION_LABELS[rule.position]} />
            </td>
          </tr>
        ))}
        {newRows.rows.map((rowId, offset) => {
          const prefix = `personRules.${rules.length + offset}`;
          return (
            <tr key={rowId} className="bg-stone-50">
              <td className={formRowCellClass}>
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
              <RemoveNewRowCell newRows={newRows} rowId={rowId} isHydrated={isHydrated} className={formRowCellClass} />
            </tr>
          );
        })}
      </FormRowTable>
      <AddNewRowButton newRows={newRows} isHydrated={isHydrated} label="Thêm dòng chức vụ" />
    </FormTableSection>
  );
}
