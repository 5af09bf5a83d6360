import { FIELDS } from "@/components/editor/editor-labels";
import { renderBodyHtml } from "@/lib/content/render-html";
import type { EditorItem, EditorOptions } from "@/lib/items/editor-types";
import { kindLabel } from "@/lib/items/item-labels";

export const READ_ONLY_NOTE = "Bạn chỉ xem được bài ở trạng thái này; không sửa được.";

/** An item this person may open but not change: its fields as text and the body as readers would see it. */
export function ReadOnlyItem({ item, options }: { item: EditorItem; options: EditorOptions }) {
  const sectionNames = item.sectionIds.map((id) => options.sections.find((section) => section.id === id)?.name).filter((name): name is string => Boolean(name));
  const details: [string, string][] = [
    [FIELDS.kind, kindLabel(item.kind, item.isInDepth)],
    [FIELDS.sections, sectionNames.join(", ")],
    [FIELDS.tags, item.tags.join(", ")],
    [FIELDS.coAuthors, item.coAuthors.map((person) => person.name).join(", ")],
    [FIELDS.penName, item.penName ?? ""],
    [FIELDS.source, item.source ?? ""],
  ];
  return (
    <div className="space-y-4">
      <p role="status" className="rounded border border-stone-300 bg-stone-100 px-3 py-2 text-sm text-stone-800">
        {READ_ONLY_NOTE}
      </p>
      <article className="space-y-4 rounded border border-stone-200 bg-white p-4 sm:p-6">
        <h2 className="text-2xl font-bold text-stone-900">{item.title || "(chưa có tiêu đề)"}</h2>
        {item.lead && <p className="text-lg font-semibold text-stone-800">{item.lead}</p>}
        {item.cover && (
          <figure>
            <img src={item.cover.url} alt={item.coverAlt ?? item.cover.alt ?? ""} width={item.cover.width ?? undefined} height={item.cover.height ?? undefined} className="h-auto w-full max-w-2xl rounded" />
            {item.coverCaption && <figcaption className="mt-1 text-sm text-stone-600 italic">{item.coverCaption}</figcaption>}
          </figure>
        )}
        {/* Rendered and sanitised on the server from the stored JSON. */}
        <div className="prose-article" dangerouslySetInnerHTML={{ __html: renderBodyHtml(item.bodyJson) }} />
      </article>
      <section aria-labelledby="thong-tin-bai" className="rounded border border-stone-200 bg-white p-4 sm:p-6">
        <h2 id="thong-tin-bai" className="mb-3 text-lg font-bold text-stone-900">
          {FIELDS.details}
        </h2>
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
          {details.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold text-stone-700">{label}</dt>
              <dd className="text-stone-900">{value || "—"}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
