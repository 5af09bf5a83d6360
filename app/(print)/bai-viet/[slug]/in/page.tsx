import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDateTime } from "@/lib/content/dates";
import { env } from "@/lib/env";
import { formatByline } from "@/lib/items/format-byline";
import { getPublicItem } from "@/lib/server/items/public/get-public-item";
import { kindLabel } from "@/lib/items/item-labels";
import { isPlausibleSlug } from "@/lib/content/is-plausible-slug";
import { textParagraphs } from "@/lib/content/text-paragraphs";
import { absoluteUrl } from "@/lib/server/absolute-url";
import { itemPath } from "@/lib/urls";

// The print / radio version lives outside the (public) group so it carries no
// masthead, navigation or footer: large plain text for paper or reading aloud.
export const dynamic = "force-dynamic";

type PrintPageProps = { params: Promise<{ slug: string }> };

async function loadItem({ params }: PrintPageProps) {
  const { slug } = await params;
  const item = isPlausibleSlug(slug) ? await getPublicItem(slug) : null;
  if (!item) notFound();
  return item;
}

export async function generateMetadata(props: PrintPageProps): Promise<Metadata> {
  const item = await loadItem(props);
  return {
    title: `Bản in: ${item.title}`,
    // The article itself is the page to index and share.
    alternates: { canonical: itemPath(item.slug) },
    robots: { index: false, follow: true },
  };
}

export default async function ItemPrintPage(props: PrintPageProps) {
  const item = await loadItem(props);
  const byline = formatByline({ authorNames: item.authorNames, penName: item.penName });
  const paragraphs = textParagraphs(item.bodyText);

  return (
    <div className="min-h-screen bg-white">
      <main id="noi-dung" className="print-article mx-auto max-w-2xl px-5 py-8 text-xl leading-relaxed text-black">
        <div className="no-print mb-8 flex flex-wrap items-center justify-between gap-3 rounded border border-stone-300 bg-stone-100 p-4 text-base">
          <p>
            <strong>In bài:</strong> dùng lệnh In của trình duyệt (Ctrl + P; trên điện thoại: Chia sẻ › In).
          </p>
          <Link href={itemPath(item.slug)} className="font-semibold text-brand underline underline-offset-2">
            ‹ Về bài viết
          </Link>
        </div>

        <p className="text-base text-stone-700">{env().siteName}</p>
        <article>
          <p className="mt-4 text-base font-semibold uppercase">{kindLabel(item.kind, item.isInDepth)}</p>
          <h1 className="mt-1 text-3xl leading-snug font-bold">{item.title}</h1>
          <p className="mt-3 text-base text-stone-800">
            {formatDateTime(item.publishedAt)}
            {byline && ` · ${byline}`}
            {item.unitName && ` · ${item.unitName}`}
          </p>
          {item.lead && <p className="mt-6 font-semibold">{item.lead}</p>}
          {paragraphs.length > 0 ? (
            paragraphs.map((paragraph, index) => (
              <p key={index} className="mt-5">
                {paragraph}
              </p>
            ))
          ) : (
            // Older items may lack the plain-text copy; their sanitised HTML will do.
            <div className="prose-article mt-6 !text-xl" dangerouslySetInnerHTML={{ __html: item.bodyHtml }} />
          )}
          {item.source && <p className="mt-6 text-right">Nguồn: {item.source}</p>}
        </article>
        <p className="mt-10 border-t border-stone-400 pt-3 text-sm break-all text-stone-700">
          {absoluteUrl(itemPath(item.slug))}
        </p>
      </main>
    </div>
  );
}
