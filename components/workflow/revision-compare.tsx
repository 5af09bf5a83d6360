import { Badge } from "@/components/ui/badge";
import { RestoreRevisionButton } from "@/components/workflow/restore-revision-button";
import { formatDateTime } from "@/lib/content/dates";
import type { RevisionPair, RevisionView } from "@/lib/server/items/history/get-revision-pair";
import type { DiffPart } from "@/lib/items/text-diff";

type Side = "older" | "newer";

/**
 * One side of the diff: the older side shows what was removed (struck, red),
 * the newer what was added (underlined, green). Colour is never the only sign:
 * <del>/<ins> are announced and drawn differently.
 */
function DiffText({ parts, side }: { parts: DiffPart[]; side: Side }) {
  if (parts.length === 0) return <p className="text-stone-500 italic">(trống)</p>;
  return (
    <p className="leading-relaxed whitespace-pre-wrap text-stone-900">
      {parts.map((part, index) => {
        if (part.added) {
          return side === "newer" ? (
            <ins key={index} className="bg-green-100 text-green-900 underline decoration-green-700">
              {part.value}
            </ins>
          ) : null;
        }
        if (part.removed) {
          return side === "older" ? (
            <del key={index} className="bg-red-100 text-red-900 decoration-red-700">
              {part.value}
            </del>
          ) : null;
        }
        return <span key={index}>{part.value}</span>;
      })}
    </p>
  );
}

function SideHeader({ revision, label }: { revision: RevisionView; label: string }) {
  return (
    <header className="border-b border-stone-200 pb-2">
      <p className="text-sm font-semibold text-stone-600 uppercase">{label}</p>
      <h3 className="text-lg font-bold text-stone-900">Phiên bản #{revision.version}</h3>
      <p className="text-sm text-stone-700">
        {revision.savedByName} · <time dateTime={revision.savedAt.toISOString()}>{formatDateTime(revision.savedAt)}</time>
      </p>
      {revision.isAutosave && (
        <p className="mt-1">
          <Badge>Tự động lưu</Badge>
        </p>
      )}
      {revision.note && <p className="mt-1 text-sm text-stone-600">{revision.note}</p>}
    </header>
  );
}

const FIELDS = [
  { key: "title", label: "Tiêu đề" },
  { key: "lead", label: "Sa-pô" },
  { key: "body", label: "Nội dung" },
] as const;

/** Two revisions side by side (stacked on a phone), with their differences marked. */
export function RevisionCompare({ pair, canRestore, latestId }: { pair: RevisionPair; canRestore: boolean; latestId?: number }) {
  const sides: { side: Side; revision: RevisionView; label: string }[] = [
    { side: "older", revision: pair.older, label: "Bản cũ hơn" },
    { side: "newer", revision: pair.newer, label: "Bản mới hơn" },
  ];
  return (
    <section aria-labelledby="so-sanh" className="space-y-3">
      <h2 id="so-sanh" className="text-xl font-bold text-stone-900">
        So sánh hai phiên bản
      </h2>
      <p className="text-sm text-stone-700">
        <del className="bg-red-100 text-red-900">Chữ gạch bỏ</del> là phần bị xóa ở bản mới hơn;{" "}
        <ins className="bg-green-100 text-green-900">chữ gạch chân</ins> là phần được thêm vào.
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        {sides.map(({ side, revision, label }) => (
          <article key={side} className="min-w-0 space-y-4 rounded border border-stone-200 bg-white p-4">
            <SideHeader revision={revision} label={label} />
            {FIELDS.map((field) => (
              <div key={field.key}>
                <h4 className="text-sm font-semibold text-stone-600">{field.label}</h4>
                <DiffText parts={pair.diff[field.key]} side={side} />
              </div>
            ))}
            {canRestore && revision.id !== latestId && (
              <RestoreRevisionButton itemId={pair.item.id} revisionId={revision.id} revisionVersion={revision.version} version={pair.item.version} />
            )}
          </article>
        ))}
      </div>
    </section>
  );
}
