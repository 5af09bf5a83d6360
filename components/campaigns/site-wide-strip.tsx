import { listRunningCampaigns } from "@/lib/server/campaigns/list-running-campaigns";
import { CampaignBanner } from "@/components/campaigns/campaign-banner";

/** On every public page: a slim band for each running campaign that asks to be shown site-wide. */
export async function SiteWideCampaignStrip() {
  let campaigns;
  try {
    campaigns = (await listRunningCampaigns()).campaigns.filter((campaign) => campaign.isSiteWide);
  } catch {
    // A database hiccup must not turn every public page into an error page.
    return null;
  }
  if (campaigns.length === 0) return null;
  return (
    // The home page shows these campaigns' full banners already: the strip hides there.
    <aside aria-label="Chuyên trang đang diễn ra" className="on-brand mb-4 space-y-2 [body:has([data-campaign-banners])_&]:hidden" data-site-wide-campaigns="">
      {campaigns.map((campaign) => (
        <CampaignBanner key={campaign.id} campaign={campaign} isSlim />
      ))}
    </aside>
  );
}
