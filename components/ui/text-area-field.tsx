import type { TextareaHTMLAttributes } from "react";
import { fieldClass } from "@/components/ui/field-errors";
import { LabelledField } from "@/components/ui/labelled-field";

type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  name: string;
  hint?: string;
  errors?: readonly string[];
  inputClassName?: string;
};

/** A labelled textarea with its hint and errors tied to it for screen readers. */
export function TextAreaField({ label, name, hint, errors, className, inputClassName = "", ...textarea }: TextAreaFieldProps) {
  return (
    <LabelledField label={label} isRequired={textarea.required} errors={errors} hint={hint} className={className}>
      {(control, hasError) => <textarea {...control} name={name} className={`${fieldClass(hasError)} ${inputClassName}`} {...textarea} />}
    </LabelledField>
  );
}
