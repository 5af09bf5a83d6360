"use client";

import { startTransition, useActionState, useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { z } from "zod";
import { initialActionResult, type ActionResult } from "@/lib/actions/action-result";

type FieldErrors = Record<string, string[] | undefined>;
const CLIENT_INVALID = "Dữ liệu chưa hợp lệ. Vui lòng kiểm tra lại các ô được đánh dấu.";

const subscribeNever = () => () => undefined;

/**
 * A form bound to a server action. Without JavaScript it is a plain POST
 * (the browser's own checks from HTML attributes apply). With JavaScript the
 * same zod schema as the server checks it first, in Vietnamese, and a
 * refused submission keeps what was typed (React would otherwise reset it).
 */
export function useActionForm<T>(
  action: (previous: ActionResult<T>, formData: FormData) => Promise<ActionResult<T>>,
  options: {
    schema?: z.ZodType;
    values?: (formData: FormData) => unknown;
    resetOnSuccess?: boolean;
  } = {},
) {
  const { schema, values = (formData: FormData) => Object.fromEntries(formData), resetOnSuccess = false } = options;
  const [result, formAction, pending] = useActionState(action, initialActionResult as ActionResult<T>);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // Only once hydrated do we take validation over from the browser.
  const isHydrated = useSyncExternalStore(subscribeNever, () => true, () => false);

  useEffect(() => {
    if (resetOnSuccess && result.ok && result !== initialActionResult) formRef.current?.reset();
  }, [result, resetOnSuccess]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(form, submitter instanceof HTMLButtonElement ? submitter : null);
    if (schema) {
      const parsed = schema.safeParse(values(formData));
      if (!parsed.success) {
        setClientErrors(z.flattenError(parsed.error).fieldErrors as FieldErrors);
        // Move focus to the first field that needs attention.
        requestAnimationFrame(() => form.querySelector<HTMLElement>("[aria-invalid='true'] input, [aria-invalid='true']")?.focus());
        return;
      }
    }
    setClientErrors(null);
    startTransition(() => formAction(formData));
  }

  const shown: ActionResult<T> = clientErrors ? { ok: false, error: CLIENT_INVALID, fieldErrors: clientErrors as Record<string, string[]> } : result;
  const fieldErrors: FieldErrors = shown.ok ? {} : (shown.fieldErrors ?? {});
  return {
    result: shown === initialActionResult ? null : shown,
    formProps: { ref: formRef, action: formAction, onSubmit, noValidate: isHydrated },
    fieldErrors,
    pending,
  };
}
