"use client";
import { useActionState } from "react";
import { beginTotpAction, confirmTotpAction, disableTotpAction } from "@/lib/actions/account";
import { TextField } from "@/components/ui/text-field";
import { buttonClass } from "@/components/ui/button";
import { FormMessage } from "./form-message";

export function BeginTwoFactorForm({ label = "Bật xác thực hai bước" }: { label?: string }) {
  const [result, action, isPending] = useActionState(beginTotpAction, null);
  return (
    <form action={action} className="space-y-3">
      <FormMessage result={result} />
      <button type="submit" className={buttonClass(label === "Bật xác thực hai bước" ? "primary" : "secondary")} disabled={isPending}>
        {label}
      </button>
    </form>
  );
}

export function ConfirmTwoFactorForm() {
  const [result, action, isPending] = useActionState(confirmTotpAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-3">
      <FormMessage result={result} />
      <TextField
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
      <button type="submit" className={buttonClass("primary")} disabled={isPending}>
        Xác nhận và bật
      </button>
    </form>
  );
}

export function DisableTwoFactorForm() {
  const [result, action, isPending] = useActionState(disableTotpAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-3">
      <FormMessage result={result} />
      <TextField label="Nhập mật khẩu để xác nhận" name="password" type="password" autoComplete="current-password" required errors={errors?.password} />
      <button type="submit" className={buttonClass("secondary")} disabled={isPending}>
        Tắt xác thực hai bước
      </button>
    </form>
  );
}
