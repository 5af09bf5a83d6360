import type { Metadata } from "next";
import { getHomePage } from "@/lib/server/items/public/get-home-page";
import { listRunningBanners } from "@/lib/server/banners/list-running-banners";
import { listRunningCampaigns } from "@/lib/server/campaigns/list-running-campaigns";
import { CampaignBanners } from "@/components/campaigns/campaign-banner";
import { SideBanners, TopBanners } from "@/components/campaigns/home-banners";
import { BlockHeading } from "@/components/site/block-heading";
import { DocumentList } from "@/components/site/document-list";
import { ItemRow, ItemTitleLink, LeadItemCard } from "@/components/site/item-card";
import { SectionBlock } from "@/components/site/section-block";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { alternates: { canonical: "/", types: { "application/rss+xml": "/rss.xml" } } };

export default async function HomePage() {
  const [home, running, banners] = await Promise.all([getHomePage(), listRunningCampaigns(), listRunningBanners()]);
  // Without featured items the newest one leads, so the page never opens empty.
  const [lead, ...others] = home.featured.length > 0 ? home.featured : home.latest;
  const latest = home.featured.length > 0 ? home.latest : home.latest.slice(1);

  return (
    <>
      <h1 className="sr-only">Trang chủ</h1>
      <CampaignBanners campaigns={running.campaigns} />
      <TopBanners banners={banners.top} />

      {!lead ? (
        <p className="py-12 text-center text-lg text-stone-700">Trang đang cập nhật tin, bài. Mời bạn quay lại sau.</p>
      ) : (
        <div className="grid gap-8 lg:grid-cols-3">
          <section aria-labelledby="khoi-noi-bat" className="lg:col-span-2">
            <h2 id="khoi-noi-bat" className="sr-only">
              Tin nổi bật
            </h2>
            <LeadItemCard item={lead} as="h3" />
            {others.length > 0 && (
              <ul className="mt-6 grid gap-5 border-t border-stone-200 pt-5 sm:grid-cols-1">
                {others.slice(0, 3).map((item) => (
                  <li key={item.id}>
                    <ItemRow item={item} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="khoi-tin-moi">
            <BlockHeading id="khoi-tin-moi" title="Tin mới" />
            <ol className="divide-y divide-stone-200">
              {latest.map((item) => (
                <li key={item.id} className="py-2.5">
                  <ItemTitleLink item={item} />
                </li>
              ))}
            </ol>
            <SideBanners banners={banners.side} />
          </section>
        </div>
      )}
      {!lead && <SideBanners banners={banners.side} />}

      <div className="mt-10 grid gap-10 md:grid-cols-2">
        <DocumentList documents={home.documents} />
        {home.sectionBlocks.map((block) => (
          <SectionBlock key={block.section.id} block={block} />
        ))}
      </div>
    </>
  );
}
