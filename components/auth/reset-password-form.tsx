"use client";
import { useActionState } from "react";
import { completePasswordResetAction } from "@/lib/actions/account";
import { buttonClass } from "./form-field";
import { FormMessage } from "./form-message";
import { NewPasswordFields } from "./new-password-fields";

export function ResetPasswordForm({ token }: { token: string }) {
  const [result, action, isPending] = useActionState(completePasswordResetAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-4">
      <FormMessage result={result} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields errors={errors} />
      <button type="submit" className={`${buttonClass} w-full`} disabled={isPending}>
        Đặt mật khẩu mới
      </button>
    </form>
  );
}
