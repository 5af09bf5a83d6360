/** The messages under a field, announced with it through aria-describedby. */
export function FieldErrors({ id, errors }: { id: string; errors?: readonly string[] }) {
  if (!errors || errors.length === 0) return null;
  return (
    <ul id={id} className="mt-1 space-y-0.5 text-sm text-red-800">
      {errors.map((error) => (
        <li key={error}>{error}</li>
      ))}
    </ul>
  );
}

export const fieldClass = (hasError: boolean) =>
  [
    "mt-1 block min-h-11 w-full rounded border bg-white px-3 py-2 text-base",
    hasError ? "border-red-700" : "border-stone-300",
  ].join(" ");
