import { formatLongDate } from "@/lib/content/dates";
import type { PublicItem } from "@/lib/server/items/public/get-public-item";
import { ArticleHeader } from "@/components/site/article-header";
import { CoverFigure } from "@/components/site/cover-figure";
import { TagList } from "@/components/site/tag-list";

/**
 * An item's article as readers see it: header, lead, cover, body, source,
 * corrections and tags. The back office's preview renders the same
 * component, so "Xem trước" is the public page (the public page adds the
 * share buttons, components/share/share-buttons.tsx, below it).
 */
export function ItemArticle({ item }: { item: PublicItem }) {
  return (
    <article>
      <ArticleHeader item={item} />
      {item.lead && <p className="mt-5 text-lg leading-relaxed font-semibold text-stone-900 sm:text-xl">{item.lead}</p>}
      {item.cover && <CoverFigure image={item.cover} caption={item.coverCaption} />}
      {/* bodyHtml is sanitised with an allowlist before it is stored. */}
      <div className="prose-article mt-6" dangerouslySetInnerHTML={{ __html: item.bodyHtml }} />
      {item.source && (
        <p className="mt-6 text-right text-stone-700">
          Nguồn: <span className="font-semibold">{item.source}</span>
        </p>
      )}
      {item.corrections.length > 0 && (
        <aside aria-label="Đính chính" className="mt-6 rounded border-l-4 border-amber-600 bg-amber-50 p-4 text-stone-800">
          {item.corrections.map((c) => (
            <p key={c.createdAt}>
              <strong>Đính chính ({formatLongDate(c.createdAt)}):</strong> {c.note}
            </p>
          ))}
        </aside>
      )}
      <footer className="mt-8 space-y-4 border-t border-stone-200 pt-4">
        <TagList tags={item.tags} />
      </footer>
    </article>
  );
}
