import { useId, type TextareaHTMLAttributes } from "react";
import { FieldErrors, fieldClass } from "@/components/ui/field-errors";

type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; name: string; hint?: string; errors?: readonly string[]; inputClassName?: string };

/** A labelled textarea with its hint and errors tied to it, like components/ui/text-field. */
export function TextAreaField({ label, name, hint, errors, className = "", inputClassName = "", ...textarea }: TextAreaFieldProps) {
  const id = useId();
  const hasError = Boolean(errors?.length);
  const describedBy = [hint ? `${id}-hint` : null, hasError ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold text-stone-800">
        {label}
        {textarea.required && <span aria-hidden="true" className="text-red-800"> *</span>}
      </label>
      <textarea id={id} name={name} aria-invalid={hasError || undefined} aria-describedby={describedBy} className={`${fieldClass(hasError)} ${inputClassName}`} {...textarea} />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
          {hint}
        </p>
      )}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
