import type { ActionResult } from "@/lib/actions/action-result";

/** The outcome of a form: an alert for errors, a status line for success. */
export function FormMessage({ result }: { result: ActionResult<unknown> | null | undefined }) {
  if (!result) return null;
  if (!result.ok) {
    return (
      <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
        {result.error}
      </p>
    );
  }
  return result.message ? (
    <p role="status" className="rounded border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
      {result.message}
    </p>
  ) : null;
}
