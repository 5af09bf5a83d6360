"use client";

import { useState, type ChangeEvent, type InputHTMLAttributes, type Ref } from "react";
import { buttonClass } from "@/components/ui/button";
import { LabelledField } from "@/components/ui/labelled-field";

export const FILE_FIELD_TEXT = {
  choose: "Chọn tệp",
  none: "Chưa chọn tệp",
  many: (count: number) => `${count} tệp: `,
} as const;

type FileFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & {
  label: string;
  errors?: readonly string[];
  hint?: string;
  inputRef?: Ref<HTMLInputElement>;
};

const chosenText = (files: FileList | null) => {
  const names = Array.from(files ?? []).map((file) => file.name);
  if (names.length === 0) return FILE_FIELD_TEXT.none;
  return names.length === 1 ? names[0]! : FILE_FIELD_TEXT.many(names.length) + names.join(", ");
};

/**
 * A file input that reads "Chọn tệp" / "Chưa chọn tệp" whatever the browser's
 * language: the native input stays (keyboard, screen readers, drag and drop
 * onto the button's label still open the same picker) but is visually hidden,
 * and a label drawn as a button opens it. The chosen names show beside it.
 */
export function FileField({ label, errors, hint, className, inputRef, onChange, ...input }: FileFieldProps) {
  const [chosen, setChosen] = useState<string>(FILE_FIELD_TEXT.none);
  return (
    <LabelledField label={label} isRequired={input.required} errors={errors} hint={hint} className={className}>
      {(control, hasError) => (
        <div className="mt-1 flex flex-wrap items-center gap-3">
          <input
            {...control}
            ref={inputRef}
            type="file"
            className="peer sr-only"
            onChange={(event: ChangeEvent<HTMLInputElement>) => {
              const target = event.currentTarget;
              onChange?.(event);
              // Read after the caller: an uploader that clears the input shows "none" again.
              setChosen(chosenText(target.files));
            }}
            {...input}
          />
          <label
            htmlFor={control.id}
            className={buttonClass(
              "secondary",
              `cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-red-800 peer-disabled:pointer-events-none peer-disabled:opacity-60 ${hasError ? "border-red-700" : ""}`,
            )}
          >
            {FILE_FIELD_TEXT.choose}
          </label>
          <span className="min-w-0 break-all text-sm text-stone-700" aria-live="polite" data-file-names>
            {chosen}
          </span>
        </div>
      )}
    </LabelledField>
  );
}
