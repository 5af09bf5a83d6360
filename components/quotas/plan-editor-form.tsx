"use client";

import { useActionState } from "react";
import { useActionForm } from "@/components/admin/use-action-form";
import { PlanPersonRules } from "@/components/quotas/plan-person-rules";
import { RemoveRuleDialog } from "@/components/quotas/plan-rule-remove";
import { PlanUnitRules } from "@/components/quotas/plan-unit-rules";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { DateField } from "@/components/ui/date-field";
import { FlashMessage } from "@/components/ui/flash-message";
import { TextField } from "@/components/ui/text-field";
import { initialActionResult } from "@/lib/actions/action-result";
import { deleteQuotaRuleAction, saveQuotaPlanAction } from "@/lib/actions/quota-plans";
import { quotaTargetText, QUOTA_PERIOD_LABELS } from "@/lib/quotas/quota-labels";
import type { QuotaPlanView } from "@/lib/quotas/quota-types";
import { UNIT_KIND_LABELS } from "@/lib/units/labels";
import { POSITION_LABELS } from "@/lib/users/labels";
import { PLAN_NAME_MAX, planFormValues, quotaPlanSaveSchema } from "@/lib/validations/quota-plan";

/**
 * One year's plan: its document details, the substitution setting and both
 * rule tables, saved together. The version it was read at goes with it, so
 * a save over someone else's newer one is refused, never silent.
 */
export function PlanEditorForm({ plan, updatedAt }: { plan: QuotaPlanView; updatedAt: string }) {
  const { result, formProps, fieldErrors, pending } = useActionForm(saveQuotaPlanAction, { schema: quotaPlanSaveSchema, values: planFormValues });
  const [removed, removeAction, removing] = useActionState(deleteQuotaRuleAction, initialActionResult);
  const year = plan.year;
  return (
    <>
      <form {...formProps} className="space-y-8">
        <input type="hidden" name="year" value={year} />
        <input type="hidden" name="updatedAt" value={updatedAt} />
        <FlashMessage result={removed === initialActionResult ? null : removed} />
        <section aria-labelledby="thong-tin-chung" className="space-y-4 rounded border border-stone-200 bg-white p-4 sm:p-5">
          <h2 id="thong-tin-chung" className="text-lg font-bold text-stone-900">
            Thông tin chung
          </h2>
          <TextField label="Tên kế hoạch" name="name" required minLength={5} maxLength={PLAN_NAME_MAX} defaultValue={plan.name} errors={fieldErrors.name} />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              label="Số/ký hiệu"
              name="reference"
              maxLength={60}
              defaultValue={plan.reference ?? ""}
              placeholder="91-KH/ĐUK"
              hint="Như trên văn bản kế hoạch, ví dụ 91-KH/ĐUK. Để trống nếu chưa có."
              errors={fieldErrors.reference}
            />
            <DateField label="Ngày ban hành" name="issuedOn" defaultValue={plan.issuedOn} errors={fieldErrors.issuedOn} />
          </div>
          <DateField
            label="Ngày chốt chức vụ"
            name="referenceDate"
            min={`${year}-01-01`}
            max={`${year}-12-31`}
            defaultValue={plan.referenceDate}
            className="sm:w-1/2"
            hint={`Chỉ tiêu của mỗi người theo chức vụ họ giữ vào ngày này (ai được đề bạt sau ngày đó vẫn tính theo chức vụ cũ). Để trống: trong năm ${year} là chức vụ hiện tại, hết năm là chức vụ ngày 31/12/${year}.`}
            errors={fieldErrors.referenceDate}
          />
          <div>
            <Checkbox name="isArticleForNewsAllowed" defaultChecked={plan.isArticleForNewsAllowed} label="Cho phép bài vượt chỉ tiêu thay cho tin còn thiếu" />
            <p className="text-sm text-stone-600">
              Ví dụ: chỉ tiêu 1 bài và 2 tin, một người viết 3 bài, chưa có tin. Bật: 2 bài vượt được tính thay 2 tin, người đó hoàn thành. Tắt: còn
              thiếu 2 tin.
            </p>
          </div>
        </section>
        <PlanPersonRules rules={plan.personRules} version={updatedAt} errors={fieldErrors.personRules} />
        <PlanUnitRules rules={plan.unitRules} version={updatedAt} errors={fieldErrors.unitRules} />
        <div className="space-y-3 border-t border-stone-200 pt-4">
          <FlashMessage result={result} />
          <Button pending={pending}>Lưu kế hoạch năm {year}</Button>
        </div>
      </form>
      {plan.personRules.map((rule) => (
        <RemoveRuleDialog
          key={rule.id}
          year={year}
          ruleId={rule.id}
          label={POSITION_LABELS[rule.position]}
          target={quotaTargetText(rule)}
          action={removeAction}
          pending={removing}
        />
      ))}
      {plan.unitRules.map((rule) => (
        <RemoveRuleDialog
          key={rule.id}
          year={year}
          ruleId={rule.id}
          label={`${UNIT_KIND_LABELS[rule.unitKind]} (${QUOTA_PERIOD_LABELS[rule.period].toLowerCase()})`}
          target={quotaTargetText(rule)}
          action={removeAction}
          pending={removing}
        />
      ))}
    </>
  );
}
