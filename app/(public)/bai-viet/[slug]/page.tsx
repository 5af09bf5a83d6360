import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { after } from "next/server";
import { env } from "@/lib/env";
import { getPublicItem } from "@/lib/items/get-public-item";
import { listRelatedItems } from "@/lib/items/list-related-items";
import { recordView } from "@/lib/items/record-view";
import { isPlausibleSlug } from "@/lib/site/is-plausible-slug";
import { newsArticleJsonLd, serializeJsonLd } from "@/lib/site/news-article-json-ld";
import { absoluteUrl, itemPath, itemPrintPath, mediaPath, sectionPath } from "@/lib/urls";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { ItemArticle } from "@/components/site/item-article";
import { RelatedItems } from "@/components/site/related-items";

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
      <ItemArticle item={item} share={{ absoluteUrl: url, printHref: itemPrintPath(item.slug) }} />
      {item.section && <RelatedItems items={related} section={item.section} />}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />
    </div>
  );
}
