"use client";

import type { InputHTMLAttributes } from "react";
import { fieldClass } from "@/components/ui/field-errors";
import { LabelledField } from "@/components/ui/labelled-field";
import { DAY_TEXT_MESSAGES, DAY_TEXT_PATTERN, DAY_TEXT_PLACEHOLDER, dayTextProblem, isoToDayText } from "@/lib/dates/day-text";

type DateFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "defaultValue" | "value" | "min" | "max" | "pattern"> & {
  label: string;
  name: string;
  /** An ISO day ("2026-12-06") or what the person typed; shown as dd/mm/yyyy. */
  defaultValue?: string | null;
  /** ISO days. */
  min?: string;
  max?: string;
  errors?: readonly string[];
  hint?: string;
};

/**
 * A date typed as dd/mm/yyyy, the same in every browser language (a native
 * date input shows mm/dd/yyyy and English in an English browser). Without
 * JavaScript it is a text input with a pattern; the server parses the value
 * with the same parser (lib/dates/day-text.ts) and answers in Vietnamese.
 */
export function DateField({ label, name, errors, hint, className, defaultValue, min, max, onInput, onInvalid, ...input }: DateFieldProps) {
  const check = (element: HTMLInputElement) =>
    element.setCustomValidity(dayTextProblem(element.value, { min, max, isRequired: element.required }) ?? "");
  return (
    <LabelledField label={label} isRequired={input.required} errors={errors} hint={hint} className={className}>
      {(control, hasError) => (
        <input
          {...control}
          type="text"
          name={name}
          inputMode="numeric"
          autoComplete="off"
          placeholder={DAY_TEXT_PLACEHOLDER}
          pattern={DAY_TEXT_PATTERN}
          title={DAY_TEXT_MESSAGES.invalid}
          maxLength={12}
          defaultValue={isoToDayText(defaultValue)}
          data-min={min}
          data-max={max}
          onInput={(event) => {
            check(event.currentTarget);
            onInput?.(event);
          }}
          onInvalid={(event) => {
            // The browser's own message would be in its language ("Please match the requested format").
            check(event.currentTarget);
            onInvalid?.(event);
          }}
          className={`${fieldClass(hasError)} tabular-nums sm:max-w-48`}
          {...input}
        />
      )}
    </LabelledField>
  );
}
