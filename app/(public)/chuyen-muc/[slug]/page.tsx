import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { listSectionItems } from "@/lib/server/items/public/list-section-items";
import { getVisibleSection } from "@/lib/server/sections/get-visible-section";
import { isPlausibleSlug } from "@/lib/content/is-plausible-slug";
import { pageNumber, sectionFeedPath, sectionPath } from "@/lib/urls";
import { Pagination } from "@/components/ui/pagination";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { ItemRow } from "@/components/site/item-card";

export const dynamic = "force-dynamic";

type SectionPageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ trang?: string | string[] }>;
};

const pageHref = (slug: string, page: number) => (page > 1 ? `${sectionPath(slug)}?trang=${page}` : sectionPath(slug));

async function loadSection(props: SectionPageProps) {
  const [{ slug }, { trang }] = await Promise.all([props.params, props.searchParams]);
  if (!isPlausibleSlug(slug)) notFound();
  const section = await getVisibleSection(slug);
  if (!section) notFound();
  return { section, page: pageNumber(trang) };
}

export async function generateMetadata(props: SectionPageProps): Promise<Metadata> {
  const { section, page } = await loadSection(props);
  const title = page > 1 ? `${section.name} (trang ${page})` : section.name;
  return {
    title,
    description: section.description ?? `Tin, bài chuyên mục ${section.name}.`,
    alternates: {
      canonical: pageHref(section.slug, page),
      types: { "application/rss+xml": [{ url: sectionFeedPath(section.slug), title: `${section.name} – RSS` }] },
    },
    openGraph: { title, type: "website", locale: "vi_VN", url: pageHref(section.slug, page) },
  };
}

export default async function SectionPage(props: SectionPageProps) {
  const { section, page } = await loadSection(props);
  const { items, total, pageCount } = await listSectionItems(section.id, page);
  // Page 1 of an empty section is a real page (with its empty-state text);
  // any page past the last one is not.
  if (page > pageCount) notFound();

  return (
    <>
      <Breadcrumbs crumbs={[{ name: section.name }]} />
      <header className="mb-6 border-b-2 border-brand pb-4">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h1 className="text-2xl font-bold text-brand sm:text-3xl">{section.name}</h1>
          <a href={sectionFeedPath(section.slug)} className="text-sm font-semibold text-brand hover:underline">
            RSS<span className="sr-only"> chuyên mục {section.name}</span>
          </a>
        </div>
        {section.description && <p className="mt-2 max-w-3xl text-stone-700">{section.description}</p>}
        {total > 0 && (
          <p className="mt-2 text-sm text-stone-600">
            {total.toLocaleString("vi-VN")} tin, bài{pageCount > 1 ? ` · trang ${page}/${pageCount}` : ""}
          </p>
        )}
      </header>

      {items.length === 0 ? (
        <p className="py-10 text-center text-lg text-stone-700">Chuyên mục này chưa có tin, bài nào được đăng.</p>
      ) : (
        <ul className="max-w-4xl divide-y divide-stone-200">
          {items.map((item, index) => (
            <li key={item.id} className={index === 0 ? "pb-5" : "py-5"}>
              <ItemRow item={item} as="h2" isPriority={index === 0} />
            </li>
          ))}
        </ul>
      )}

      <Pagination page={page} pageCount={pageCount} hrefFor={(p) => pageHref(section.slug, p)} />
    </>
  );
}
