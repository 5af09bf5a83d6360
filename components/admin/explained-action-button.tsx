"use client";

import { useActionState } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";

type ExplainedActionButtonProps = {
  action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>;
  fields: Record<string, string | number>;
  label: string;
  /** What the click will do, under the button. */
  hint: string;
  variant?: ButtonVariant;
};

/**
 * A one-click action that needs a sentence of explanation (create the year's
 * plan or settings): a plain form, so it works without JavaScript; a refusal
 * shows under it, a success moves on (the action redirects).
 */
export function ExplainedActionButton({ action, fields, label, hint, variant }: ExplainedActionButtonProps) {
  const [result, formAction, pending] = useActionState(action, initialActionResult);
  return (
    <form action={formAction} className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={String(value)} />
      ))}
      <Button variant={variant} pending={pending}>
        {label}
      </Button>
      <p className="text-sm text-stone-600">{hint}</p>
      {!result.ok && <ErrorAlert>{result.error}</ErrorAlert>}
    </form>
  );
}
