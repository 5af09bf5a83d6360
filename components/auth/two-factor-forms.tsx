"use client";
import { type ReactNode, useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { beginTotpAction, confirmTotpAction, disableTotpAction, type RecoveryCodes, regenerateRecoveryCodesAction } from "@/lib/actions/account";
import { buttonClass, FormField, secondaryButtonClass } from "./form-field";
import { FormMessage } from "./form-message";
import { RecoveryCodesList } from "./recovery-codes-list";

export function BeginTwoFactorForm({ label = "Bật xác thực hai bước" }: { label?: string }) {
  const [result, action, isPending] = useActionState(beginTotpAction, null);
  return (
    <form action={action} className="space-y-3">
      <FormMessage result={result} />
      <button type="submit" className={label === "Bật xác thực hai bước" ? buttonClass : secondaryButtonClass} disabled={isPending}>
        {label}
      </button>
    </form>
  );
}

export function ConfirmTwoFactorForm() {
  return (
    <RecoveryCodesForm serverAction={confirmTotpAction} submitLabel="Xác nhận và bật" submitClass={buttonClass}>
      {(errors) => (
        <FormField
          label="Mã xác thực"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="\d{6}"
          maxLength={6}
          required
          hint="Nhập mã 6 chữ số mà ứng dụng hiển thị để xác nhận."
          errors={errors?.code}
        />
      )}
    </RecoveryCodesForm>
  );
}

export function DisableTwoFactorForm() {
  const [result, action, isPending] = useActionState(disableTotpAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-3">
      <FormMessage result={result} />
      <FormField label="Nhập mật khẩu để xác nhận" name="password" type="password" autoComplete="current-password" required errors={errors?.password} />
      <button type="submit" className={secondaryButtonClass} disabled={isPending}>
        Tắt xác thực hai bước
      </button>
    </form>
  );
}

export function RegenerateRecoveryCodesForm() {
  return (
    <RecoveryCodesForm serverAction={regenerateRecoveryCodesAction} submitLabel="Tạo mã khôi phục mới" submitClass={secondaryButtonClass}>
      {(errors) => (
        <>
          <FormField label="Mật khẩu hiện tại" name="password" type="password" autoComplete="current-password" required errors={errors?.password} />
          <FormField
            label="Mã xác thực hiện tại"
            name="code"
            autoComplete="one-time-code"
            maxLength={20}
            required
            hint="Mã 6 chữ số từ ứng dụng, hoặc một mã khôi phục chưa dùng."
            errors={errors?.code}
          />
        </>
      )}
    </RecoveryCodesForm>
  );
}

type FieldErrors = Record<string, string[]> | undefined;

/** A form whose success is a fresh set of recovery codes, shown once in its place. */
function RecoveryCodesForm({
  serverAction,
  submitLabel,
  submitClass,
  children,
}: {
  serverAction: (previous: ActionResult<RecoveryCodes> | null, formData: FormData) => Promise<ActionResult<RecoveryCodes>>;
  submitLabel: string;
  submitClass: string;
  children: (errors: FieldErrors) => ReactNode;
}) {
  const [result, action, isPending] = useActionState(serverAction, null);
  if (result?.ok && result.data) {
    return (
      <div className="space-y-3">
        <FormMessage result={result} />
        <RecoveryCodesList codes={result.data.recoveryCodes} />
      </div>
    );
  }
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-3">
      <FormMessage result={result} />
      {children(errors)}
      <button type="submit" className={submitClass} disabled={isPending}>
        {submitLabel}
      </button>
    </form>
  );
}
