"use client";

import { AddNewRowButton, MinimumCells, MinimumHeadings, RemoveNewRowCell, RuleErrors, useIsHydrated, useNewRows } from "@/components/quotas/plan-rule-cells";
import { RemoveRuleTrigger } from "@/components/quotas/plan-rule-remove";
import { FormRowHeading, FormRowTable, FormTableSection, formRowCellClass } from "@/components/ui/form-row-table";
import { QUOTA_PERIOD_LABELS } from "@/lib/quotas/quota-labels";
import type { UnitRuleView } from "@/lib/quotas/quota-types";
import { UNIT_KIND_LABELS, UNIT_KINDS } from "@/lib/units/labels";

const selectClass = "block min-h-11 rounded border border-stone-300 bg-white px-2 py-2 text-base";

/** Rules per unit kind and period: the saved ones (kind and period fixed), then new rows. */
export function PlanUnitRules({ rules, version, errors }: { rules: readonly UnitRuleView[]; version: string; errors?: readonly string[] }) {
  const newRows = useNewRows(version);
  const isHydrated = useIsHydrated();
  return (
    <FormTableSection
      id="quy-dinh-don-vi"
      title="Chỉ tiêu theo đơn vị"
      description="Mỗi đơn vị thuộc loại đã chọn phải có số tin, bài này (tính cả tin, bài của đơn vị cấp dưới). “Cả năm”: tổng trong năm; “Hằng tháng”: tháng nào cũng phải đạt (các ban, đoàn thể viết hằng tháng)."
    >
      <RuleErrors id="loi-quy-dinh-don-vi" errors={errors} />
      <FormRowTable
        caption="Chỉ tiêu theo đơn vị"
        headings={
          <>
            <FormRowHeading>Loại đơn vị</FormRowHeading>
            <FormRowHeading>Kỳ</FormRowHeading>
            <MinimumHeadings />
          </>
        }
      >
        {rules.map((rule, index) => {
          const prefix = `unitRules.${index}`;
          const label = `${UNIT_KIND_LABELS[rule.unitKind]} (${QUOTA_PERIOD_LABELS[rule.period].toLowerCase()})`;
          return (
            <tr key={rule.id}>
              <th scope="row" className={`${formRowCellClass} font-semibold whitespace-nowrap text-stone-900`}>
                <input type="hidden" name={`${prefix}.unitKind`} value={rule.unitKind} />
                <span className="inline-flex min-h-11 items-center">{UNIT_KIND_LABELS[rule.unitKind]}</span>
              </th>
              <td className={`${formRowCellClass} whitespace-nowrap`}>
                <input type="hidden" name={`${prefix}.period`} value={rule.period} />
                <span className="inline-flex min-h-11 items-center">{QUOTA_PERIOD_LABELS[rule.period]}</span>
              </td>
              <MinimumCells prefix={prefix} rowLabel={label} values={rule} />
              <td className={formRowCellClass}>
                <RemoveRuleTrigger ruleId={rule.id} label={label} />
              </td>
            </tr>
          );
        })}
        {newRows.rows.map((rowId, offset) => {
          const prefix = `unitRules.${rules.length + offset}`;
          return (
            <tr key={rowId} className="bg-stone-50">
              <td className={formRowCellClass}>
                <select name={`${prefix}.unitKind`} defaultValue="" aria-label="Loại đơn vị của quy định mới" className={`${selectClass} w-48`}>
                  <option value="">— Thêm loại đơn vị —</option>
                  {UNIT_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {UNIT_KIND_LABELS[kind]}
                    </option>
                  ))}
                </select>
              </td>
              <td className={formRowCellClass}>
                <select name={`${prefix}.period`} defaultValue="YEAR" aria-label="Kỳ của quy định mới" className={`${selectClass} w-36`}>
                  <option value="YEAR">{QUOTA_PERIOD_LABELS.YEAR}</option>
                  <option value="MONTH">{QUOTA_PERIOD_LABELS.MONTH}</option>
                </select>
              </td>
              <MinimumCells prefix={prefix} rowLabel="Quy định đơn vị mới" />
              <RemoveNewRowCell newRows={newRows} rowId={rowId} isHydrated={isHydrated} className={formRowCellClass} />
            </tr>
          );
        })}
      </FormRowTable>
      <AddNewRowButton newRows={newRows} isHydrated={isHydrated} label="Thêm dòng đơn vị" />
    </FormTableSection>
  );
}
