"use client";
import { useActionState } from "react";
import { revokeSessionAction } from "@/lib/actions/account";
import { secondaryButtonClass } from "./form-field";
import { FormMessage } from "./form-message";

export function RevokeSessionButton({ sessionId, label }: { sessionId: string; label: string }) {
  const [result, action, isPending] = useActionState(revokeSessionAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="sessionId" value={sessionId} />
      <button type="submit" className={`${secondaryButtonClass} min-h-9 py-1 text-sm`} disabled={isPending} aria-label={label}>
        Đăng xuất phiên này
      </button>
      {result && !result.ok ? <FormMessage result={result} /> : null}
    </form>
  );
}
