"use client";

import { useState, type FormEvent } from "react";
import { MoveGradeSection, readMoveGrade } from "@/components/royalties/move-grade-section";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { FieldErrors, fieldClass } from "@/components/ui/field-errors";
import { FormDialog, useFormDialog, type FieldErrorMap } from "@/components/ui/form-dialog";
import { TextField } from "@/components/ui/text-field";
import { TIME_TEXT_PATTERN, TIME_TEXT_PLACEHOLDER, vietnamDateTimeToIso } from "@/lib/dates/day-text";
import { MOVE_LABELS, NOTE_REQUIRED_MESSAGE } from "@/lib/workflow/move-labels";
import type { WorkflowMove } from "@/lib/workflow/transitions";
import type { RoyaltyGradeRawInput } from "@/lib/validations/royalty-grade";

export type MoveOffer = { move: WorkflowMove; isNoteRequired: boolean };

export type MoveRequest = { move: WorkflowMove; note?: string; scheduledAt?: string; grade?: RoyaltyGradeRawInput };

/** Says whether the move went through; a refusal's message and field errors stay in the dialog. */
export type MoveOutcome = { ok: true } | { ok: false; error: string; fieldErrors?: FieldErrorMap };

const VARIANTS: Record<(typeof MOVE_LABELS)[WorkflowMove]["tone"], ButtonVariant> = {
  primary: "primary",
  danger: "danger",
  neutral: "secondary",
};

const SCHEDULE_LABEL = "Thời điểm đăng (giờ Việt Nam)";
const SCHEDULE_DAY_LABEL = "Ngày đăng";
const SCHEDULE_TIME_LABEL = "Giờ đăng";
const SCHEDULE_MISSING = "Nhập ngày đăng (ngày/tháng/năm, ví dụ 06/12/2026) và giờ đăng (giờ:phút, ví dụ 08:30).";
const SCHEDULE_PAST = "Thời điểm đăng phải ở sau thời điểm hiện tại.";

/**
 * One workflow move: its button opens a dialog asking the question of the
 * move, with its note (required or not, as the table says) and, to schedule,
 * the date and time in Vietnam time.
 */
export function MoveDialog({
  offer,
  onMove,
  gradeItemId,
}: {
  offer: MoveOffer;
  onMove: (request: MoveRequest) => Promise<MoveOutcome>;
  /** Publishing and scheduling offer the royalty grade of this item (components/royalties). */
  gradeItemId?: number;
}) {
  const { move, isNoteRequired } = offer;
  const labels = MOVE_LABELS[move];
  const { id, dialog, pending, setPending, error, setError, fieldErrors, setFieldErrors, openCount, open, refuse } = useFormDialog();
  const isOpen = openCount > 0;
  const [day, setDay] = useState("");
  const [time, setTime] = useState("");
  const isGradable = gradeItemId !== undefined && (move === "publish" || move === "schedule");

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const note = String(data.get("note") ?? "").trim();
    const errors: Record<string, string[]> = {};
    if (isNoteRequired && !note) errors.note = [NOTE_REQUIRED_MESSAGE];
    let scheduledAt: string | undefined;
    if (move === "schedule") {
      scheduledAt = vietnamDateTimeToIso(String(data.get("scheduledDay") ?? ""), String(data.get("scheduledTime") ?? "")) ?? undefined;
      if (!scheduledAt) errors.scheduledAt = [SCHEDULE_MISSING];
      else if (new Date(scheduledAt).getTime() <= Date.now()) errors.scheduledAt = [SCHEDULE_PAST];
    }
    if (Object.keys(errors).length > 0) {
      setFieldErrors(errors);
      setError(null);
      event.currentTarget.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
      return;
    }
    setPending(true);
    const grade = isGradable ? readMoveGrade(data) : undefined;
    const outcome = await onMove({ move, note: note || undefined, scheduledAt, grade });
    setPending(false);
    if (outcome.ok) {
      dialog.current?.close();
      return;
    }
    refuse(outcome);
  }

  const noteError = fieldErrors.note;
  const timeError = fieldErrors.scheduledAt;
  return (
    <>
      <Button type="button" variant={VARIANTS[labels.tone]} onClick={open} className="w-full sm:w-auto">
        {labels.button}
      </Button>
      <FormDialog
        dialog={dialog}
        id={id}
        widthClass="w-[min(34rem,calc(100vw-2rem))]"
        title={labels.button}
        onSubmit={submit}
        error={error}
        submitLabel={labels.button}
        submitVariant={VARIANTS[labels.tone] === "secondary" ? "primary" : VARIANTS[labels.tone]}
        pending={pending}
      >
        <p className="text-stone-700">{labels.confirm}</p>
        {move === "schedule" && (
          <fieldset>
            <legend className="text-sm font-semibold text-stone-800">{SCHEDULE_LABEL}</legend>
            {/* Two text fields, not datetime-local: that one shows mm/dd/yyyy and AM/PM in an English browser. */}
            <div className="grid gap-3 sm:grid-cols-2">
              <DateField
                label={SCHEDULE_DAY_LABEL}
                name="scheduledDay"
                required
                onChange={(event) => setDay(event.currentTarget.value)}
                aria-invalid={Boolean(timeError) || undefined}
                aria-describedby={timeError ? `${id}-time-error` : undefined}
              />
              <TextField
                label={SCHEDULE_TIME_LABEL}
                name="scheduledTime"
                required
                inputMode="numeric"
                autoComplete="off"
                placeholder={TIME_TEXT_PLACEHOLDER}
                pattern={TIME_TEXT_PATTERN}
                maxLength={5}
                onChange={(event) => setTime(event.currentTarget.value)}
                aria-invalid={Boolean(timeError) || undefined}
                aria-describedby={timeError ? `${id}-time-error` : undefined}
                className="tabular-nums"
              />
            </div>
            <FieldErrors id={`${id}-time-error`} errors={timeError} />
          </fieldset>
        )}
        {isGradable && isOpen && gradeItemId !== undefined && (
          <MoveGradeSection itemId={gradeItemId} at={move === "schedule" ? vietnamDateTimeToIso(day, time) : null} errors={fieldErrors.grade} />
        )}
        <div>
          <label htmlFor={`${id}-note`} className="block text-sm font-semibold text-stone-800">
            {labels.noteLabel}
            {isNoteRequired && <span aria-hidden="true" className="text-red-800"> *</span>}
          </label>
          <textarea
            id={`${id}-note`}
            name="note"
            rows={4}
            maxLength={2000}
            required={isNoteRequired}
            aria-invalid={Boolean(noteError) || undefined}
            aria-describedby={noteError ? `${id}-note-error` : undefined}
            className={fieldClass(Boolean(noteError))}
          />
          <FieldErrors id={`${id}-note-error`} errors={noteError} />
        </div>
      </FormDialog>
    </>
  );
}
