import type { InputHTMLAttributes } from "react";
import { fieldClass } from "@/components/ui/field-errors";
import { LabelledField } from "@/components/ui/labelled-field";

type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  errors?: readonly string[];
  hint?: string;
};

/** A labelled input with its hint and error messages tied to it for screen readers. */
export function TextField({ label, name, errors, hint, className, ...input }: TextFieldProps) {
  return (
    <LabelledField label={label} isRequired={input.required} errors={errors} hint={hint} className={className}>
      {(control, hasError) => <input {...control} name={name} className={fieldClass(hasError)} {...input} />}
    </LabelledField>
  );
}
