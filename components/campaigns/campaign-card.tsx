import Link from "next/link";
import type { PublicCampaign } from "@/lib/campaigns/public-campaign";
import { campaignPath } from "@/lib/urls";
import { campaignDates } from "@/components/campaigns/campaign-banner";
import { BannerPicture } from "@/components/campaigns/banner-picture";

/** One campaign in /chuyen-trang: its banner (lazy), name, dates and description. */
export function CampaignCard({ campaign, as: Heading = "h3" }: { campaign: PublicCampaign; as?: "h2" | "h3" }) {
  return (
    <article className="grid gap-3 sm:grid-cols-3">
      {campaign.banner && (
        <Link href={campaignPath(campaign.slug)} tabIndex={-1} aria-hidden="true" className="sm:col-span-1">
          <BannerPicture image={campaign.banner} width={480} sizes="(min-width: 640px) 360px, 100vw" isLazy className="h-auto w-full rounded" />
        </Link>
      )}
      <div className={campaign.banner ? "sm:col-span-2" : "sm:col-span-3"}>
        <Heading className="text-lg leading-snug font-bold">
          <Link href={campaignPath(campaign.slug)} className="text-stone-900 hover:text-brand hover:underline">
            {campaign.name}
          </Link>
        </Heading>
        <p className="mt-1 text-sm text-stone-600">{campaignDates(campaign)}</p>
        {campaign.description && <p className="mt-2 line-clamp-3 text-stone-700">{campaign.description}</p>}
      </div>
    </article>
  );
}

export function CampaignGroup({ id, title, campaigns }: { id: string; title: string; campaigns: PublicCampaign[] }) {
  if (campaigns.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="mb-4 border-b-2 border-brand pb-1 text-xl font-bold text-brand">
        {title}
      </h2>
      <ul className="divide-y divide-stone-200">
        {campaigns.map((campaign) => (
          <li key={campaign.id} className="py-4 first:pt-0">
            <CampaignCard campaign={campaign} />
          </li>
        ))}
      </ul>
    </section>
  );
}
