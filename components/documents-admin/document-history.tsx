import { auditActionLabel } from "@/lib/audit/labels";
import { formatDateTime } from "@/lib/content/dates";
import type { AdminDocument } from "@/lib/server/documents/get-admin-document";

const reasonOf = (details: unknown) =>
  details && typeof details === "object" && typeof (details as { reason?: unknown }).reason === "string" ? (details as { reason: string }).reason : null;

const fileOf = (details: unknown) =>
  details && typeof details === "object" && typeof (details as { originalName?: unknown }).originalName === "string"
    ? (details as { originalName: string }).originalName
    : null;

/** Who did what to the document, newest first (from the audit log). */
export function DocumentHistory({ history }: { history: AdminDocument["history"] }) {
  if (history.length === 0) return null;
  return (
    <section aria-labelledby="lich-su" className="space-y-2 rounded border border-stone-200 bg-white p-4 sm:p-6">
      <h2 id="lich-su" className="text-lg font-bold">
        Lịch sử
      </h2>
      <ol className="space-y-1 text-sm">
        {history.map((entry) => {
          const detail = reasonOf(entry.details) ?? fileOf(entry.details);
          return (
            <li key={String(entry.id)}>
              <time dateTime={entry.at.toISOString()} className="text-stone-600">
                {formatDateTime(entry.at)}
              </time>
              {" · "}
              <span className="font-semibold">{auditActionLabel(entry.action)}</span>
              {entry.actor && ` · ${entry.actor.name}`}
              {detail && <span className="text-stone-700"> · {detail}</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
