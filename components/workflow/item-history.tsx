import { ITEM_STATUS_LABELS } from "@/lib/items/item-labels";
import type { HistoryEntry } from "@/lib/server/items/history/list-item-history";

type TimelineEntry = Exclude<HistoryEntry, { kind: "note" }>;

/** Every move and correction of the item, newest first: who, when, from, to, and the note. */
export function ItemHistory({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) return <p className="text-sm text-stone-600">Chưa có thao tác nào.</p>;
  return (
    <ol className="space-y-3 border-l-2 border-stone-200 pl-4">
      {entries.map((entry) => (
        <li key={entry.key} className="relative text-sm">
          <span aria-hidden="true" className="absolute top-1.5 -left-[1.3rem] h-2.5 w-2.5 rounded-full bg-brand" />
          <p className="font-semibold text-stone-900">{entry.label}</p>
          <p className="text-stone-600">
            {entry.actorName} · <time dateTime={entry.at}>{entry.atText}</time>
          </p>
          {entry.kind === "event" && entry.fromStatus && (
            <p className="text-xs text-stone-600">
              {ITEM_STATUS_LABELS[entry.fromStatus]} → {ITEM_STATUS_LABELS[entry.toStatus]}
            </p>
          )}
          {entry.note && <p className="mt-1 whitespace-pre-line text-stone-800">{entry.kind === "correction" ? `Đính chính: ${entry.note}` : entry.note}</p>}
        </li>
      ))}
    </ol>
  );
}
