import { useId, type ReactNode } from "react";
import { FieldErrors } from "@/components/ui/field-errors";

export type ControlProps = { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };

type LabelledFieldProps = {
  label: string;
  isRequired?: boolean;
  errors?: readonly string[];
  hint?: string;
  className?: string;
  /** Draws the control with the id and ARIA links that tie it to its label, hint and errors. */
  children: (control: ControlProps, hasError: boolean) => ReactNode;
};

/**
 * The frame every form control shares: a label (with " *" when required), the
 * control, its hint and its error messages, tied together for screen readers.
 */
export function LabelledField({ label, isRequired, errors, hint, className = "", children }: LabelledFieldProps) {
  const id = useId();
  const hasError = Boolean(errors?.length);
  const describedBy = [hint ? `${id}-hint` : null, hasError ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold text-stone-800">
        {label}
        {isRequired && <span aria-hidden="true" className="text-red-800"> *</span>}
      </label>
      {children({ id, "aria-invalid": hasError || undefined, "aria-describedby": describedBy }, hasError)}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
          {hint}
        </p>
      )}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
