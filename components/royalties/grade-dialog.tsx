"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";
import { GradeFieldset, readGradeFields, type GradeFieldValues } from "@/components/royalties/grade-fieldset";
import { Button } from "@/components/ui/button";
import { fieldClass, FieldErrors } from "@/components/ui/field-errors";
import { gradeItemAction, regradeItemAction } from "@/lib/actions/royalty-grades";
import type { GradingContext } from "@/lib/server/royalties/get-item-grade";
import { GRADE_FIELD_LABELS, ROYALTY_MESSAGES } from "@/lib/royalties/royalty-labels";

/**
 * "Chấm nhuận bút" for an ungraded item, or "Sửa" for a graded one (the
 * reason is required and kept with the change). On success the page is
 * refreshed in place and the message stays beside the button.
 */
export function GradeDialog({ context, initial, mode }: { context: GradingContext; initial?: Partial<GradeFieldValues>; mode: "grade" | "regrade" }) {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const [done, setDone] = useState<string | null>(null);
  const [openCount, setOpenCount] = useState(0);
  const title = mode === "grade" ? "Chấm nhuận bút" : "Sửa nhuận bút";

  function open() {
    setError(null);
    setFieldErrors({});
    setOpenCount((count) => count + 1);
    dialog.current?.showModal();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const grade = readGradeFields(data);
    const reason = String(data.get("reason") ?? "").trim();
    if (mode === "regrade" && reason.length < 5) {
      setFieldErrors({ reason: [ROYALTY_MESSAGES.reasonRequired] });
      return;
    }
    setPending(true);
    const result = mode === "grade" ? await gradeItemAction({ itemId: context.itemId, grade }) : await regradeItemAction({ itemId: context.itemId, reason, grade });
    setPending(false);
    if (!result.ok) {
      setError(result.error);
      setFieldErrors(result.fieldErrors ?? {});
      return;
    }
    dialog.current?.close();
    setDone(result.message ?? null);
    router.refresh();
  }

  return (
    <div className="space-y-2">
      <p role="status" className={done ? "rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900" : "sr-only"}>
        {done}
      </p>
      <Button type="button" variant={mode === "grade" ? "primary" : "secondary"} onClick={open}>
        {mode === "grade" ? "Chấm nhuận bút" : "Sửa"}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-lg border-t-4 border-brand bg-white p-0 shadow-xl backdrop:bg-black/40"
      >
        <form onSubmit={submit} noValidate className="space-y-4 p-5">
          <h2 id={`${id}-title`} className="text-lg font-bold text-stone-900">
            {title}
          </h2>
          {openCount > 0 && <GradeFieldset key={openCount} context={context} initial={initial} errors={fieldErrors.grade} />}
          {mode === "regrade" && (
            <div>
              <label htmlFor={`${id}-reason`} className="block text-sm font-semibold text-stone-800">
                {GRADE_FIELD_LABELS.reason}
                <span aria-hidden="true" className="text-red-800"> *</span>
              </label>
              <textarea
                id={`${id}-reason`}
                name="reason"
                rows={3}
                maxLength={1000}
                required
                aria-invalid={Boolean(fieldErrors.reason) || undefined}
                aria-describedby={fieldErrors.reason ? `${id}-reason-error` : undefined}
                className={fieldClass(Boolean(fieldErrors.reason))}
              />
              <FieldErrors id={`${id}-reason-error`} errors={fieldErrors.reason} />
            </div>
          )}
          {error && (
            <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
              {error}
            </p>
          )}
          <div className="flex flex-wrap justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              Hủy
            </Button>
            <Button pending={pending} disabled={!context.schedule}>
              {mode === "grade" ? "Lưu điểm nhuận bút" : "Lưu thay đổi"}
            </Button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
