// A labelled input with its error messages, for the account forms.
export function FormField({
  label,
  name,
  type = "text",
  errors,
  hint,
  ...input
}: {
  label: string;
  name: string;
  type?: string;
  errors?: string[];
  hint?: string;
} & Omit<React.ComponentProps<"input">, "name" | "type">) {
  const id = `truong-${name}`;
  const describedBy = [hint ? `${id}-goi-y` : null, errors?.length ? `${id}-loi` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold text-stone-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="block w-full rounded border border-stone-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand aria-[invalid=true]:border-red-600"
        {...input}
      />
      {hint ? (
        <p id={`${id}-goi-y`} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-loi`} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export const buttonClass =
  "inline-flex min-h-11 items-center justify-center rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60";
export const secondaryButtonClass =
  "inline-flex min-h-11 items-center justify-center rounded border border-stone-300 bg-white px-4 py-2 font-semibold text-stone-800 hover:bg-stone-100 disabled:opacity-60";
