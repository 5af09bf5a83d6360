"use client";
import { useActionState } from "react";
import { changePasswordAction } from "@/lib/actions/account";
import { buttonClass, FormField } from "./form-field";
import { FormMessage } from "./form-message";
import { NewPasswordFields } from "./new-password-fields";

export function ChangePasswordForm() {
  const [result, action, isPending] = useActionState(changePasswordAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-4" key={result?.ok ? "done" : "editing"}>
      <FormMessage result={result} />
      <FormField label="Mật khẩu hiện tại" name="currentPassword" type="password" autoComplete="current-password" required errors={errors?.currentPassword} />
      <NewPasswordFields errors={errors} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="signOutOtherSessions" defaultChecked className="size-5 accent-brand" />
        Đăng xuất khỏi các thiết bị khác
      </label>
      <button type="submit" className={buttonClass} disabled={isPending}>
        Đổi mật khẩu
      </button>
    </form>
  );
}
