"use client";

import { useEffect, useId, useRef } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";

type ConfirmDialogProps = {
  triggerLabel: string;
  triggerVariant?: ButtonVariant;
  title: string;
  /** What will happen, in plain words. */
  children: React.ReactNode;
  confirmLabel: string;
  confirmVariant?: ButtonVariant;
  /** The form's action (a server action or useActionState's dispatcher). */
  action: (formData: FormData) => void;
  /** Hidden inputs sent with the confirmation. */
  fields: Record<string, string | number>;
  pending?: boolean;
  /** A value that changes when the action has finished: the dialog then closes. */
  closeKey?: unknown;
};

// Opening and closing use invoker commands, so the dialog works before (or
// without) JavaScript in current browsers; the click handlers cover older
// ones. Inside is a plain form: the confirmation is a real POST.
const supportsCommands = () => typeof HTMLButtonElement !== "undefined" && "command" in HTMLButtonElement.prototype;

export function ConfirmDialog({
  triggerLabel,
  triggerVariant = "secondary",
  title,
  children,
  confirmLabel,
  confirmVariant = "danger",
  action,
  fields,
  pending = false,
  closeKey,
}: ConfirmDialogProps) {
  const id = useId();
  const dialogId = `confirm-${id.replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    if (closeKey !== undefined) dialog.current?.close();
  }, [closeKey]);

  return (
    <>
      <Button
        type="button"
        variant={triggerVariant}
        commandfor={dialogId}
        command="show-modal"
        onClick={() => {
          if (!supportsCommands()) dialog.current?.showModal();
        }}
      >
        {triggerLabel}
      </Button>
      <dialog
        id={dialogId}
        ref={dialog}
        aria-labelledby={`${dialogId}-title`}
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border-t-4 border-brand bg-white p-0 shadow-xl backdrop:bg-black/40"
      >
        {/* Closed on submit: once confirmed, the re-rendered page must not show
            the next confirmation (e.g. "Kích hoạt lại") in a dialog left open. */}
        <form action={action} onSubmit={() => dialog.current?.close()} className="space-y-4 p-5">
          <h2 id={`${dialogId}-title`} className="text-lg font-bold text-stone-900">
            {title}
          </h2>
          <div className="text-stone-700">{children}</div>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={String(value)} />
          ))}
          <div className="flex flex-wrap justify-end gap-2">
            <Button
              type="button"
              variant="secondary"
              commandfor={dialogId}
              command="close"
              onClick={() => {
                if (!supportsCommands()) dialog.current?.close();
              }}
            >
              Hủy
            </Button>
            <Button variant={confirmVariant} pending={pending}>
              {confirmLabel}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
