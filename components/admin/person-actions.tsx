"use client";

import { useActionState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FlashMessage } from "@/components/ui/flash-message";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";
import { resetPasswordAction, setPersonActiveAction, unlockPersonAction } from "@/lib/actions/people";
import { TemporaryPassword } from "@/components/admin/temporary-password";

type PersonActionsProps = {
  person: { id: number; name: string; email: string; isActive: boolean; isLocked: boolean };
  isSelf: boolean;
};

/** Disable/enable, reset password and unlock, each confirmed in a dialog first. */
export function PersonActions({ person, isSelf }: PersonActionsProps) {
  const [activeResult, setActive, activePending] = useActionState(setPersonActiveAction, initialActionResult as ActionResult);
  const [resetResult, reset, resetPending] = useActionState(
    resetPasswordAction,
    initialActionResult as ActionResult<{ temporaryPassword: string }>,
  );
  const [unlockResult, unlock, unlockPending] = useActionState(unlockPersonAction, initialActionResult as ActionResult);
  const temporaryPassword = resetResult.ok ? resetResult.data?.temporaryPassword : undefined;

  return (
    <div className="space-y-4">
      <FlashMessage result={activeResult} />
      <FlashMessage result={unlockResult} />
      {temporaryPassword ? (
        <TemporaryPassword name={person.name} email={person.email} password={temporaryPassword} />
      ) : (
        <FlashMessage result={resetResult} />
      )}
      <div className="flex flex-wrap gap-2">
        <ConfirmDialog
          triggerLabel="Đặt lại mật khẩu"
          title={`Đặt lại mật khẩu của ${person.name}?`}
          confirmLabel="Đặt lại mật khẩu"
          action={reset}
          fields={{ userId: person.id }}
          pending={resetPending}
          closeKey={resetResult === initialActionResult ? undefined : resetResult}
        >
          <p>Một mật khẩu tạm thời sẽ thay mật khẩu hiện tại và chỉ hiển thị một lần. Mọi phiên đăng nhập của người này sẽ kết thúc.</p>
        </ConfirmDialog>
        {person.isLocked && (
          <ConfirmDialog
            triggerLabel="Mở khóa"
            title={`Mở khóa tài khoản của ${person.name}?`}
            confirmLabel="Mở khóa"
            confirmVariant="primary"
            action={unlock}
            fields={{ userId: person.id }}
            pending={unlockPending}
            closeKey={unlockResult === initialActionResult ? undefined : unlockResult}
          >
            <p>Tài khoản đang tạm khóa do đăng nhập sai nhiều lần. Mở khóa để người này đăng nhập lại ngay.</p>
          </ConfirmDialog>
        )}
        {person.isActive ? (
          !isSelf && (
            <ConfirmDialog
              triggerLabel="Vô hiệu hóa"
              triggerVariant="danger"
              title={`Vô hiệu hóa tài khoản của ${person.name}?`}
              confirmLabel="Vô hiệu hóa"
              action={setActive}
              fields={{ userId: person.id, isActive: "false" }}
              pending={activePending}
              closeKey={activeResult === initialActionResult ? undefined : activeResult}
            >
              <p>Người này sẽ không đăng nhập được và mọi phiên đang mở kết thúc ngay. Tin bài và lịch sử của họ vẫn được giữ.</p>
            </ConfirmDialog>
          )
        ) : (
          <ConfirmDialog
            triggerLabel="Kích hoạt lại"
            title={`Kích hoạt lại tài khoản của ${person.name}?`}
            confirmLabel="Kích hoạt lại"
            confirmVariant="primary"
            action={setActive}
            fields={{ userId: person.id, isActive: "true" }}
            pending={activePending}
            closeKey={activeResult === initialActionResult ? undefined : activeResult}
          >
            <p>Người này sẽ đăng nhập lại được bằng mật khẩu hiện có.</p>
          </ConfirmDialog>
        )}
      </div>
      {isSelf && <p className="text-sm text-stone-600">Bạn không thể tự vô hiệu hóa tài khoản của mình.</p>}
    </div>
  );
}
