import { useId, type SelectHTMLAttributes } from "react";
import { FieldErrors, fieldClass } from "@/components/ui/field-errors";

export type SelectOption = { value: string; label: string; disabled?: boolean };

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  options: readonly SelectOption[];
  /** A first, empty choice ("Tất cả", "— Chọn —"). */
  placeholder?: string;
  errors?: readonly string[];
  hint?: string;
};

export function SelectField({ label, name, options, placeholder, errors, hint, className = "", ...select }: SelectFieldProps) {
  const id = useId();
  const hasError = Boolean(errors?.length);
  const describedBy = [hint ? `${id}-hint` : null, hasError ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold text-stone-800">
        {label}
        {select.required && <span aria-hidden="true" className="text-red-800"> *</span>}
      </label>
      <select id={id} name={name} aria-invalid={hasError || undefined} aria-describedby={describedBy} className={fieldClass(hasError)} {...select}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
          {hint}
        </p>
      )}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
