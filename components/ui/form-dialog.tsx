"use client";

import { useId, useRef, useState, type FormEvent, type RefObject } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";

export type FieldErrorMap = Record<string, string[] | undefined>;

/**
 * The state of a dialog whose form is sent by script: its ids, whether it is
 * being sent, the refusal and the per-field messages (cleared each time it
 * opens), and how often it was opened (a key to start its fields afresh).
 */
export function useFormDialog() {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrorMap>({});
  const [openCount, setOpenCount] = useState(0);

  function open() {
    setError(null);
    setFieldErrors({});
    setOpenCount((count) => count + 1);
    dialog.current?.showModal();
  }

  /** A refused submission: its message, and its field messages in place of the last ones. */
  function refuse(refusal: { error: string; fieldErrors?: FieldErrorMap }) {
    setError(refusal.error);
    setFieldErrors(refusal.fieldErrors ?? {});
  }

  return { id, dialog, pending, setPending, error, setError, fieldErrors, setFieldErrors, openCount, open, refuse };
}

type FormDialogProps = {
  dialog: RefObject<HTMLDialogElement | null>;
  /** From useFormDialog: the title is `${id}-title`. */
  id: string;
  /** The dialog's width, e.g. "w-[min(36rem,calc(100vw-2rem))]". */
  widthClass: string;
  title: React.ReactNode;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  error: string | null;
  submitLabel: React.ReactNode;
  submitVariant?: ButtonVariant;
  pending: boolean;
  isSubmitDisabled?: boolean;
  children: React.ReactNode;
};

/** A modal dialog around a form: its title, the fields, the refusal if any, then "Hủy" and the submit button. */
export function FormDialog({ dialog, id, widthClass, title, onSubmit, error, submitLabel, submitVariant, pending, isSubmitDisabled, children }: FormDialogProps) {
  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      className={`m-auto ${widthClass} rounded-lg border-t-4 border-brand bg-white p-0 shadow-xl backdrop:bg-black/40`}
    >
      <form onSubmit={onSubmit} noValidate className="space-y-4 p-5">
        <h2 id={`${id}-title`} className="text-lg font-bold text-stone-900">
          {title}
        </h2>
        {children}
        {error && <ErrorAlert>{error}</ErrorAlert>}
        <div className="flex flex-wrap justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
            Hủy
          </Button>
          <Button variant={submitVariant} pending={pending} disabled={isSubmitDisabled}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
