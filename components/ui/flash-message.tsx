import type { ActionResult } from "@/lib/actions/action-result";

// What a form says after it was sent: a success note (role="status", read
// out politely) or an error (role="alert", read out at once).

export function FlashMessage({ result, className = "" }: { result: ActionResult<unknown> | null | undefined; className?: string }) {
  if (!result) return null;
  if (result.ok) {
    if (!result.message) return null;
    return (
      <p role="status" className={`rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900 ${className}`}>
        {result.message}
      </p>
    );
  }
  return (
    <p role="alert" className={`rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 ${className}`}>
      {result.error}
    </p>
  );
}

/** A fixed notice (e.g. after a redirect: "?da-xoa=1"). */
export function Notice({ tone = "success", children }: { tone?: "success" | "info"; children: React.ReactNode }) {
  const colours = tone === "success" ? "border-green-300 bg-green-50 text-green-900" : "border-stone-300 bg-stone-100 text-stone-800";
  return (
    <p role="status" className={`rounded border px-3 py-2 text-sm ${colours}`}>
      {children}
    </p>
  );
}
