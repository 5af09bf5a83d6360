"use client";
import { useActionState } from "react";
import { requestPasswordResetAction } from "@/lib/actions/account";
import { buttonClass, FormField } from "./form-field";
import { FormMessage } from "./form-message";

export function ForgotPasswordForm() {
  const [result, action, isPending] = useActionState(requestPasswordResetAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-4">
      <FormMessage result={result} />
      <FormField label="Thư điện tử" name="email" type="email" autoComplete="username" required errors={errors?.email} />
      <button type="submit" className={`${buttonClass} w-full`} disabled={isPending}>
        Gửi liên kết đặt lại mật khẩu
      </button>
    </form>
  );
}
