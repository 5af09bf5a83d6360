import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { after } from "next/server";
import { env } from "@/lib/env";
import { getPublicItem } from "@/lib/server/items/public/get-public-item";
import { listRelatedItems } from "@/lib/server/items/public/list-related-items";
import { recordView } from "@/lib/server/items/public/record-view";
import { isPlausibleSlug } from "@/lib/content/is-plausible-slug";
import { newsArticleJsonLd, serializeJsonLd } from "@/lib/sharing/news-article-json-ld";
import { itemShareMetadata, versionedShareImageUrl } from "@/lib/sharing/og-metadata";
import { absoluteUrl } from "@/lib/server/absolute-url";
import { itemPath, itemPrintPath, itemRadioPath, itemShareImagePath, mediaPath, sectionPath } from "@/lib/urls";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { ItemArticle } from "@/components/site/item-article";
import { RelatedItems } from "@/components/site/related-items";
import { ShareButtons } from "@/components/share/share-buttons";

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
  return itemShareMetadata({
    title: item.title,
    lead: item.lead,
    bodyText: item.bodyText,
    canonicalUrl: absoluteUrl(itemPath(item.slug)),
    shareImageUrl: versionedShareImageUrl(absoluteUrl(itemShareImagePath(item.slug)), item.updatedAt),
    shareImageAlt: item.cover?.alt ?? item.title,
    publishedAt: item.publishedAt,
    updatedAt: item.updatedAt,
    siteName: env().siteName,
    sectionName: item.section?.name,
    tags: item.tags.map((t) => t.name),
  });
}

export default async function ItemPage(props: ItemPageProps) {
  const item = await loadItem(props);
  const related = item.section ? await listRelatedItems(item.section.id, item.id) : [];
  // Counted once the response has gone: the reader never waits on it.
  after(() => recordView(item.id, item.slug));

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
      <ItemArticle item={item} />
      <ShareButtons canonicalUrl={url} printHref={itemPrintPath(item.slug)} radioHref={itemRadioPath(item.slug)} />
      {item.section && <RelatedItems items={related} section={item.section} />}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />
    </div>
  );
}
