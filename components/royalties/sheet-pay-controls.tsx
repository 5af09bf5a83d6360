"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { FlashMessage } from "@/components/ui/flash-message";
import { initialActionResult } from "@/lib/actions/action-result";
import { markRoyaltyPaidAction, unmarkRoyaltyPaidAction } from "@/lib/actions/royalty-sheet";
import { REASON_MAX, REASON_MIN } from "@/lib/validations/royalty-sheet";

type PayControlsProps = {
  period: string;
  userId: number;
  name: string;
  /** Today in Vietnam, "2026-12-07": the latest date allowed and the default. */
  today: string;
  isPaid: boolean;
};

const inputClass = "rounded border border-stone-300 px-2 py-1 text-sm focus:border-brand focus:outline-none";

/** One author's payment on a locked month: "Đã chi" with a date, or taking it back with a reason. */
export function SheetPayControls({ period, userId, name, today, isPaid }: PayControlsProps) {
  const [payResult, payAction, isPaying] = useActionState(markRoyaltyPaidAction, initialActionResult);
  const [unpayResult, unpayAction, isUnpaying] = useActionState(unmarkRoyaltyPaidAction, initialActionResult);
  if (isPaid) {
    return (
      <div className="space-y-1">
        <FlashMessage result={payResult} />
        <details className="text-sm">
          <summary className="cursor-pointer text-stone-700 underline">Hủy ghi chi</summary>
          <form action={unpayAction} className="mt-2 flex flex-wrap items-end gap-2">
            <input type="hidden" name="period" value={period} />
            <input type="hidden" name="userId" value={userId} />
            <label className="flex flex-col gap-1">
              <span>Lý do hủy ghi chi cho {name}</span>
              <input name="reason" required minLength={REASON_MIN} maxLength={REASON_MAX} className={inputClass} />
            </label>
            <Button variant="secondary" pending={isUnpaying}>
              Hủy ghi chi
            </Button>
          </form>
          <FlashMessage result={unpayResult.ok ? null : unpayResult} className="mt-1" />
        </details>
      </div>
    );
  }
  return (
    <form action={payAction} className="flex flex-wrap items-end gap-2" aria-label={`Ghi đã chi cho ${name}`}>
      <input type="hidden" name="period" value={period} />
      <input type="hidden" name="userId" value={userId} />
      <DateField label="Ngày chi" name="paidOn" required min={`${period}-01`} max={today} defaultValue={today} />
      <Button variant="secondary" pending={isPaying}>
        Đã chi
      </Button>
      <FlashMessage result={unpayResult.ok && unpayResult.message ? unpayResult : payResult.ok ? null : payResult} className="w-full" />
    </form>
  );
}
