"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FlashMessage } from "@/components/ui/flash-message";
import { TextAreaField } from "@/components/ui/text-area-field";
import { initialActionResult } from "@/lib/actions/action-result";
import { lockRoyaltyMonthAction, unlockRoyaltyMonthAction } from "@/lib/actions/royalty-sheet";
import { royaltyPeriodLabel } from "@/lib/royalties/royalty-period";
import { REASON_MAX, REASON_MIN } from "@/lib/validations/royalty-sheet";

type LockControlsProps = {
  period: string;
  isLocked: boolean;
  missingCount: number;
  paidAuthorCount: number;
  canLock: boolean;
};

/**
 * "Khóa sổ tháng" asks for a confirmation (and warns about items not yet
 * graded); "Mở khóa" needs a reason, kept in the month's history.
 * Plain forms: they work without JavaScript.
 */
export function SheetLockControls({ period, isLocked, missingCount, paidAuthorCount, canLock }: LockControlsProps) {
  const [lockResult, lockAction, isLocking] = useActionState(lockRoyaltyMonthAction, initialActionResult);
  const [unlockResult, unlockAction, isUnlocking] = useActionState(unlockRoyaltyMonthAction, initialActionResult);
  const label = royaltyPeriodLabel(period);
  return (
    <div className="space-y-3">
      {!isLocked && canLock && (
        <ConfirmDialog
          triggerLabel="Khóa sổ tháng"
          triggerVariant="primary"
          title={`Khóa sổ nhuận bút ${label}?`}
          confirmLabel="Khóa sổ"
          confirmVariant="primary"
          action={lockAction}
          fields={{ period }}
          pending={isLocking}
          closeKey={lockResult}
        >
          <p>Sau khi khóa, không ai chấm hoặc sửa điểm nhuận bút của tin, bài trong {label} được nữa cho đến khi mở khóa (phải ghi lý do).</p>
          {missingCount > 0 && (
            <p className="mt-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
              Còn {missingCount} tin, bài đã đăng trong tháng chưa được chấm nhuận bút. Vẫn có thể khóa sổ, nhưng những tin, bài này sẽ không có trong bảng thanh toán tháng.
            </p>
          )}
        </ConfirmDialog>
      )}
      {isLocked && (
        <form action={unlockAction} className="space-y-2 rounded border border-stone-200 bg-stone-50 p-3">
          <input type="hidden" name="period" value={period} />
          <TextAreaField
            label="Lý do mở khóa"
            name="reason"
            required
            minLength={REASON_MIN}
            maxLength={REASON_MAX}
            rows={2}
            hint={
              paidAuthorCount > 0
                ? `Đã ghi chi cho ${paidAuthorCount} người. Mở khóa để sửa điểm thì số đã chi có thể lệch với số mới; bảng sẽ đánh dấu chỗ lệch.`
                : "Lý do được ghi vào lịch sử khóa sổ và nhật ký hệ thống."
            }
            errors={unlockResult.ok ? undefined : unlockResult.fieldErrors?.reason}
          />
          <Button variant="secondary" pending={isUnlocking}>
            Mở khóa
          </Button>
        </form>
      )}
      {/* Each result shows while it still describes the month (a success until the other action runs). */}
      <FlashMessage result={!lockResult.ok || isLocked ? lockResult : null} />
      <FlashMessage result={!unlockResult.ok || !isLocked ? unlockResult : null} />
    </div>
  );
}
