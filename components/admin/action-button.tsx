"use client";

import { useActionState } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";

type ActionButtonProps = {
  action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>;
  fields: Record<string, string | number>;
  children: React.ReactNode;
  /** The button's accessible name when its text is short ("↑"). */
  label?: string;
  variant?: ButtonVariant;
  disabled?: boolean;
};

/** A one-click, non-destructive action (move up, hide) as a small form; its error shows beside it. */
export function ActionButton({ action, fields, children, label, variant = "secondary", disabled }: ActionButtonProps) {
  const [result, formAction, pending] = useActionState(action, initialActionResult);
  return (
    <form action={formAction} className="inline-flex flex-col">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={String(value)} />
      ))}
      <Button variant={variant} pending={pending} disabled={disabled} aria-label={label} title={label} className="min-w-11 px-3">
        {children}
      </Button>
      {!result.ok && (
        <span role="alert" className="mt-1 max-w-48 text-xs text-red-800">
          {result.error}
        </span>
      )}
    </form>
  );
}
