import { formatVietnamMoment } from "@/lib/campaigns/window";
import type { PublicCampaign } from "@/lib/campaigns/public-campaign";
import { campaignPath } from "@/lib/urls";
import { BannerLink } from "@/components/campaigns/banner-link";
import { BannerPicture, FULL_WIDTH_SIZES } from "@/components/campaigns/banner-picture";

export const campaignDates = (campaign: Pick<PublicCampaign, "startsAt" | "endsAt">) =>
  `${formatVietnamMoment(campaign.startsAt, "start")} – ${formatVietnamMoment(campaign.endsAt, "end")}`;

/** A running campaign on the home page: its banner picture (or a red band with its name), leading to its page or its link. */
export function CampaignBanner({ campaign, isSlim = false, isAboveFold = true }: { campaign: PublicCampaign; isSlim?: boolean; isAboveFold?: boolean }) {
  const href = campaign.link ?? campaignPath(campaign.slug);
  const content =
    campaign.banner && !isSlim ? (
      <BannerPicture image={campaign.banner} width={1200} sizes={FULL_WIDTH_SIZES} isLazy={!isAboveFold} className="h-auto w-full rounded" />
    ) : (
      <span
        className={`flex flex-col gap-1 rounded bg-gradient-to-r from-brand to-brand-dark text-white sm:flex-row sm:items-center sm:justify-between ${isSlim ? "px-4 py-2" : "px-5 py-4"}`}
      >
        <span>
          <span className="block text-xs font-semibold tracking-wide text-yellow-200 uppercase">Chuyên trang</span>
          <span className={`block font-bold ${isSlim ? "text-base" : "text-lg sm:text-xl"}`}>{campaign.name}</span>
          {campaign.description && !isSlim && <span className="mt-1 line-clamp-2 block text-sm text-red-50">{campaign.description}</span>}
        </span>
        <span className="text-sm text-red-50">{campaignDates(campaign)}</span>
      </span>
    );
  return (
    <BannerLink href={href} className="block hover:opacity-95">
      {content}
    </BannerLink>
  );
}

/** The running campaigns at the top of the home page, in their order. */
export function CampaignBanners({ campaigns }: { campaigns: PublicCampaign[] }) {
  if (campaigns.length === 0) return null;
  return (
    <aside aria-label="Chuyên trang" className="on-brand mb-6 space-y-3" data-campaign-banners="">
      {campaigns.map((campaign, index) => (
        <CampaignBanner key={campaign.id} campaign={campaign} isAboveFold={index === 0} />
      ))}
    </aside>
  );
}
