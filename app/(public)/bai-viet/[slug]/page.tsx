import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { after } from "next/server";
import { formatLongDate } from "@/lib/content/dates";
import { env } from "@/lib/env";
import { getPublicItem } from "@/lib/items/get-public-item";
import { listRelatedItems } from "@/lib/items/list-related-items";
import { recordView } from "@/lib/items/record-view";
import { isPlausibleSlug } from "@/lib/site/is-plausible-slug";
import { newsArticleJsonLd, serializeJsonLd } from "@/lib/site/news-article-json-ld";
import { absoluteUrl, itemPath, itemPrintPath, mediaPath, sectionPath } from "@/lib/urls";
import { ArticleHeader } from "@/components/site/article-header";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { CoverFigure } from "@/components/site/cover-figure";
import { RelatedItems } from "@/components/site/related-items";
import { ShareBar } from "@/components/site/share-bar";
import { TagList } from "@/components/site/tag-list";

export const dynamic = "force-dynamic";

type ItemPageProps = { params: Promise<{ slug: string }> };

async function loadItem({ params }: ItemPageProps) {
  const { slug } = await params;
  const item = isPlausibleSlug(slug) ? await getPublicItem(slug) : null;
  if (!item) notFound();
  return item;
}

export async function generateMetadata(props: ItemPageProps): Promise<Metadata> {
  const item = await loadItem(props);
  const image = item.cover ? { url: mediaPath(item.cover.storageKey), alt: item.cover.alt, ...dims(item.cover) } : null;
  return {
    title: item.title,
    description: item.lead || undefined,
    alternates: { canonical: itemPath(item.slug) },
    openGraph: {
      type: "article",
      locale: "vi_VN",
      siteName: env().siteName,
      url: itemPath(item.slug),
      title: item.title,
      description: item.lead || undefined,
      publishedTime: item.publishedAt,
      modifiedTime: item.updatedAt,
      section: item.section?.name,
      tags: item.tags.map((t) => t.name),
      images: image ? [image] : undefined,
    },
    twitter: {
      card: image ? "summary_large_image" : "summary",
      title: item.title,
      description: item.lead || undefined,
      images: image ? [image.url] : undefined,
    },
  };
}

const dims = (cover: { width: number | null; height: number | null }) =>
  cover.width && cover.height ? { width: cover.width, height: cover.height } : {};

export default async function ItemPage(props: ItemPageProps) {
  const item = await loadItem(props);
  const related = item.section ? await listRelatedItems(item.section.id, item.id) : [];
  // Counted once the response has gone: the reader never waits on it.
  after(() => recordView(item.id));

  const url = absoluteUrl(itemPath(item.slug));
  const jsonLd = newsArticleJsonLd({
    url,
    headline: item.title,
    description: item.lead,
    datePublished: item.publishedAt,
    dateModified: item.updatedAt,
    authorNames: item.penName?.trim() ? [item.penName.trim()] : item.authorNames,
    imageUrl: item.cover ? absoluteUrl(mediaPath(item.cover.storageKey)) : null,
    section: item.section?.name ?? null,
    publisherName: env().siteName,
    publisherUrl: absoluteUrl("/"),
  });

  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumbs
        crumbs={[...(item.section ? [{ name: item.section.name, href: sectionPath(item.section.slug) }] : []), { name: item.title }]}
      />
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
          <ShareBar absoluteUrl={url} printHref={itemPrintPath(item.slug)} />
        </footer>
      </article>
      {item.section && <RelatedItems items={related} section={item.section} />}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />
    </div>
  );
}
