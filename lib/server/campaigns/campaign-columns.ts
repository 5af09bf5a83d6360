import "server-only";
import type { CampaignInput } from "@/lib/validations/campaign";

/** The columns the campaign form writes, for create and update alike; the caller decides the slug (claimed, or kept). */
export function campaignColumns(input: CampaignInput, slug: string) {
  const { name, description, startsAt, endsAt, bannerImageId, bannerAlt, bannerLink, isSiteWide, sortOrder } = input;
  return { slug, name, description, startsAt, endsAt, bannerImageId, bannerAlt, bannerLink, isSiteWide, sortOrder };
}
