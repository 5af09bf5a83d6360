import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPublicCampaign } from "@/lib/server/campaigns/get-public-campaign";
import { listCampaignItems } from "@/lib/server/campaigns/list-campaign-items";
import { windowState } from "@/lib/campaigns/window";
import { isPlausibleSlug } from "@/lib/content/is-plausible-slug";
import { campaignPath, campaignsPath, pageNumber } from "@/lib/urls";
import { campaignDates } from "@/components/campaigns/campaign-banner";
import { BannerPicture, FULL_WIDTH_SIZES } from "@/components/campaigns/banner-picture";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { DocumentLinks } from "@/components/site/document-list";
import { ItemRow } from "@/components/site/item-card";
import { Pagination } from "@/components/ui/pagination";

export const dynamic = "force-dynamic";

type CampaignPageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ trang?: string | string[] }>;
};

const pageHref = (slug: string, page: number) => (page > 1 ? `${campaignPath(slug)}?trang=${page}` : campaignPath(slug));

async function loadCampaign(props: CampaignPageProps) {
  const [{ slug }, { trang }] = await Promise.all([props.params, props.searchParams]);
  if (!isPlausibleSlug(slug)) notFound();
  const campaign = await getPublicCampaign(slug);
  if (!campaign) notFound();
  return { campaign, page: pageNumber(trang) };
}

export async function generateMetadata(props: CampaignPageProps): Promise<Metadata> {
  const { campaign, page } = await loadCampaign(props);
  const title = page > 1 ? `${campaign.name} (trang ${page})` : campaign.name;
  return {
    title,
    description: campaign.description ?? `Chuyên trang ${campaign.name}.`,
    alternates: { canonical: pageHref(campaign.slug, page) },
    openGraph: { title, type: "website", locale: "vi_VN", url: pageHref(campaign.slug, page) },
  };
}

const STATE_TEXT = { upcoming: "Sắp diễn ra", running: "Đang diễn ra", ended: "Đã kết thúc" } as const;

export default async function CampaignPage(props: CampaignPageProps) {
  const { campaign, page } = await loadCampaign(props);
  const { items, total, pageCount } = await listCampaignItems(campaign.id, page);
  if (page > pageCount) notFound();
  const state = campaign.isArchived ? "Lưu trữ" : STATE_TEXT[windowState(campaign, new Date())];

  return (
    <>
      <Breadcrumbs crumbs={[{ name: "Chuyên trang", href: campaignsPath }, { name: campaign.name }]} />
      {campaign.banner && page === 1 && (
        <BannerPicture image={campaign.banner} width={1200} sizes={FULL_WIDTH_SIZES} className="mb-4 h-auto w-full rounded" />
      )}
      <header className="mb-6 border-b-2 border-brand pb-4">
        <h1 className="text-2xl font-bold text-brand sm:text-3xl">{campaign.name}</h1>
        <p className="mt-1 text-sm text-stone-600">
          {state} · {campaignDates(campaign)}
          {total > 0 && ` · ${total.toLocaleString("vi-VN")} tin, bài${pageCount > 1 ? ` · trang ${page}/${pageCount}` : ""}`}
        </p>
        {campaign.description && page === 1 && <p className="mt-2 max-w-3xl whitespace-pre-line text-stone-700">{campaign.description}</p>}
      </header>

      <div className="grid gap-8 lg:grid-cols-3">
        <section aria-labelledby="tin-bai-chuyen-trang" className="lg:col-span-2">
          <h2 id="tin-bai-chuyen-trang" className="sr-only">
            Tin, bài
          </h2>
          {items.length === 0 ? (
            <p className="py-10 text-center text-lg text-stone-700">Chuyên trang này chưa có tin, bài nào được đăng.</p>
          ) : (
            <ul className="divide-y divide-stone-200">
              {items.map((item, index) => (
                <li key={item.id} className={index === 0 ? "pb-5" : "py-5"}>
                  <ItemRow item={item} as="h3" />
                </li>
              ))}
            </ul>
          )}
          <Pagination page={page} pageCount={pageCount} hrefFor={(p) => pageHref(campaign.slug, p)} />
        </section>
        {campaign.documents.length > 0 && (
          <section aria-labelledby="van-ban-chuyen-trang">
            <h2 id="van-ban-chuyen-trang" className="mb-3 border-b-2 border-brand pb-1 text-lg font-bold text-brand">
              Văn bản
            </h2>
            <DocumentLinks documents={campaign.documents} />
          </section>
        )}
      </div>
    </>
  );
}
