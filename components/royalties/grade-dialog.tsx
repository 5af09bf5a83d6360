"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { GradeFieldset, readGradeFields, type GradeFieldValues } from "@/components/royalties/grade-fieldset";
import { Button } from "@/components/ui/button";
import { fieldClass, FieldErrors } from "@/components/ui/field-errors";
import { FormDialog, useFormDialog } from "@/components/ui/form-dialog";
import { gradeItemAction, regradeItemAction } from "@/lib/actions/royalty-grades";
import type { GradingContext } from "@/lib/server/royalties/get-item-grade";
import { GRADE_FIELD_LABELS, ROYALTY_MESSAGES } from "@/lib/royalties/royalty-labels";

/**
 * "Chấm nhuận bút" for an ungraded item, or "Sửa" for a graded one (the
 * reason is required and kept with the change). On success the page is
 * refreshed in place and the message stays beside the button.
 */
export function GradeDialog({ context, initial, mode }: { context: GradingContext; initial?: Partial<GradeFieldValues>; mode: "grade" | "regrade" }) {
  const { id, dialog, pending, setPending, error, fieldErrors, setFieldErrors, openCount, open, refuse } = useFormDialog();
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);

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
      refuse(result);
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
      <FormDialog
        dialog={dialog}
        id={id}
        widthClass="w-[min(36rem,calc(100vw-2rem))]"
        title={mode === "grade" ? "Chấm nhuận bút" : "Sửa nhuận bút"}
        onSubmit={submit}
        error={error}
        submitLabel={mode === "grade" ? "Lưu điểm nhuận bút" : "Lưu thay đổi"}
        pending={pending}
        isSubmitDisabled={!context.schedule}
      >
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
      </FormDialog>
    </div>
  );
}
