"use client";
import { useActionState } from "react";
import { completePasswordResetAction } from "@/lib/actions/account";
import { buttonClass, FormField } from "./form-field";
import { FormMessage } from "./form-message";

export function ResetPasswordForm({ token }: { token: string }) {
  const [result, action, isPending] = useActionState(completePasswordResetAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-4">
      <FormMessage result={result} />
      <input type="hidden" name="token" value={token} />
      <FormField
        label="Mật khẩu mới"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        hint="Ít nhất 12 ký tự, không cần chữ số hay ký tự đặc biệt: một câu dài dễ nhớ (có dấu cũng được) là tốt nhất. Mật khẩu quá phổ biến sẽ bị từ chối."
        errors={errors?.newPassword}
      />
      <FormField label="Nhập lại mật khẩu mới" name="confirmPassword" type="password" autoComplete="new-password" required errors={errors?.confirmPassword} />
      <button type="submit" className={`${buttonClass} w-full`} disabled={isPending}>
        Đặt mật khẩu mới
      </button>
    </form>
  );
}
