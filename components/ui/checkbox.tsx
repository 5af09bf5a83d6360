import { useId, type InputHTMLAttributes } from "react";
import { FieldErrors } from "@/components/ui/field-errors";

type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & { label: string };

/** A checkbox whose whole label is the click target (44 px high). */
export function Checkbox({ label, className = "", ...input }: CheckboxProps) {
  const id = useId();
  return (
    <div className={`flex min-h-11 items-center gap-3 ${className}`}>
      <input id={id} type="checkbox" className="h-5 w-5 shrink-0 accent-brand" {...input} />
      <label htmlFor={id} className="cursor-pointer py-2">
        {label}
      </label>
    </div>
  );
}

type CheckboxGroupProps = {
  legend: string;
  name: string;
  options: readonly { value: string; label: string }[];
  defaultValues?: readonly string[];
  errors?: readonly string[];
  hint?: string;
};

/** Several checkboxes under one name, in a fieldset with a visible legend. */
export function CheckboxGroup({ legend, name, options, defaultValues = [], errors, hint }: CheckboxGroupProps) {
  const id = useId();
  const hasError = Boolean(errors?.length);
  return (
    <fieldset aria-describedby={hasError ? `${id}-error` : undefined} aria-invalid={hasError || undefined}>
      <legend className="text-sm font-semibold text-stone-800">{legend}</legend>
      {hint && <p className="mt-1 text-sm text-stone-600">{hint}</p>}
      <div className="mt-1 grid gap-x-6 sm:grid-cols-2">
        {options.map((option) => (
          <Checkbox key={option.value} name={name} value={option.value} label={option.label} defaultChecked={defaultValues.includes(option.value)} />
        ))}
      </div>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}
