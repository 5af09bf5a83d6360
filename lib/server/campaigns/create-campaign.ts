import "server-only";
import { createAudited } from "@/lib/server/audit/record-audit";
import { claimCampaignSlug } from "@/lib/server/campaigns/campaign-slug";
import { checkBannerImage } from "@/lib/server/campaigns/check-banner-image";
import { fieldError, isUniqueViolation } from "@/lib/server/campaigns/field-error";
import { CAMPAIGN_MESSAGES } from "@/lib/campaigns/labels";
import { db } from "@/lib/db";
import type { CampaignInput } from "@/lib/validations/campaign";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";
import { campaignColumns } from "@/lib/server/campaigns/campaign-columns";

/** A new campaign page; refused whole (nothing saved) when its slug is taken or its banner is not an image. */
export async function createCampaign({ actor, ip = null, input }: { actor: Actor; ip?: string | null; input: CampaignInput }) {
  await authorize(actor, "campaigns.manage", { ip });
  try {
    return await db.$transaction(async (tx) => {
      const slug = await claimCampaignSlug(tx, input);
      await checkBannerImage(tx, input.bannerImageId, "bannerImageId");
      const insert = tx.campaign.create({ data: { ...campaignColumns(input, slug), createdById: actor.id } });
      return createAudited(tx, insert, {
        action: "campaign.create",
        actorId: actor.id,
        ip,
        objectType: "campaign",
        details: (campaign) => ({ name: campaign.name, slug, startsAt: campaign.startsAt.toISOString(), endsAt: campaign.endsAt.toISOString() }),
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError("slug", CAMPAIGN_MESSAGES.slugTaken);
    throw error;
  }
}
