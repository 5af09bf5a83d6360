/** A refusal shown where the form is, read out at once (role="alert"). */
export function ErrorAlert({ children }: { children: React.ReactNode }) {
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
      {children}
    </p>
  );
}
