import type { BannerStatus, CampaignStatus } from "@/lib/campaigns/labels";
import { windowState, type TimeWindow } from "@/lib/campaigns/window";

// The back-office badge of a campaign or banner at `now`. Pure.

export const campaignStatus = (campaign: TimeWindow & { archivedAt: Date | string | null }, now: Date): CampaignStatus =>
  campaign.archivedAt ? "archived" : windowState(campaign, now);

export const bannerStatus = (banner: TimeWindow & { isActive: boolean }, now: Date): BannerStatus =>
  banner.isActive ? windowState(banner, now) : "off";
