import type { SelectHTMLAttributes } from "react";
import { fieldClass } from "@/components/ui/field-errors";
import { LabelledField } from "@/components/ui/labelled-field";

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

export function SelectField({ label, name, options, placeholder, errors, hint, className, ...select }: SelectFieldProps) {
  return (
    <LabelledField label={label} isRequired={select.required} errors={errors} hint={hint} className={className}>
      {(control, hasError) => (
        <select {...control} name={name} className={fieldClass(hasError)} {...select}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}
