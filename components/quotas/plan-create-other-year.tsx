"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { createQuotaPlanFromPreviousAction } from "@/lib/actions/quota-plans";
import { initialActionResult } from "@/lib/actions/action-result";
import { PLAN_YEAR_MAX, PLAN_YEAR_MIN } from "@/lib/validations/quota-plan";

/** A plan for any other year (a past year entered late, or two years ahead), folded away by default. */
export function PlanCreateOtherYear({ defaultYear }: { defaultYear: number }) {
  const [result, action, pending] = useActionState(createQuotaPlanFromPreviousAction, initialActionResult);
  const errors = result.ok ? undefined : (result.fieldErrors?.year ?? [result.error]);
  return (
    <details className="rounded border border-stone-200 p-3" open={!result.ok || undefined}>
      <summary className="cursor-pointer text-sm font-semibold text-stone-800">Tạo kế hoạch cho năm khác</summary>
      <form action={action} className="mt-3 flex flex-wrap items-end gap-3">
        <TextField
          label="Năm"
          name="year"
          type="number"
          inputMode="numeric"
          min={PLAN_YEAR_MIN}
          max={PLAN_YEAR_MAX}
          required
          defaultValue={defaultYear}
          className="w-40"
          errors={errors}
          hint="Sao chép từ kế hoạch năm gần nhất trước đó, nếu có."
        />
        <Button variant="secondary" pending={pending} className="mb-6">
          Tạo kế hoạch
        </Button>
      </form>
    </details>
  );
}
