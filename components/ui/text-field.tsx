import { useId, type InputHTMLAttributes } from "react";
import { FieldErrors, fieldClass } from "@/components/ui/field-errors";

type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  errors?: readonly string[];
  hint?: string;
};

/** A labelled input with its hint and error messages tied to it for screen readers. */
export function TextField({ label, name, errors, hint, className = "", ...input }: TextFieldProps) {
  const id = useId();
  const hasError = Boolean(errors?.length);
  const describedBy = [hint ? `${id}-hint` : null, hasError ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold text-stone-800">
        {label}
        {input.required && <span aria-hidden="true" className="text-red-800"> *</span>}
      </label>
      <input id={id} name={name} aria-invalid={hasError || undefined} aria-describedby={describedBy} className={fieldClass(hasError)} {...input} />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
          {hint}
        </p>
      )}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
