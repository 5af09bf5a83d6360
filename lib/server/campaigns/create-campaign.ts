import { recordAudit } from "@/lib/server/audit/record-audit";
import { claimCampaignSlug } from "@/lib/server/campaigns/campaign-slug";
import { checkBannerImage } from "@/lib/server/campaigns/check-banner-image";
import { fieldError, isUniqueViolation } from "@/lib/server/campaigns/field-error";
import { CAMPAIGN_MESSAGES } from "@/lib/campaigns/labels";
import { db } from "@/lib/db";
import type { CampaignInput } from "@/lib/validations/campaign";

/** A new campaign page; refused whole (nothing saved) when its slug is taken or its banner is not an image. */
export async function createCampaign({ actorId, ip = null, input }: { actorId: number; ip?: string | null; input: CampaignInput }) {
  try {
    return await db.$transaction(async (tx) => {
      const slug = await claimCampaignSlug(tx, input);
      await checkBannerImage(tx, input.bannerImageId, "bannerImageId");
      const campaign = await tx.campaign.create({
        data: {
          slug,
          name: input.name,
          description: input.description,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          bannerImageId: input.bannerImageId,
          bannerAlt: input.bannerAlt,
          bannerLink: input.bannerLink,
          isSiteWide: input.isSiteWide,
          sortOrder: input.sortOrder,
          createdById: actorId,
        },
      });
      await recordAudit(
        {
          action: "campaign.create",
          result: "SUCCESS",
          actorId,
          ip,
          objectType: "campaign",
          objectId: campaign.id,
          details: { name: campaign.name, slug, startsAt: campaign.startsAt.toISOString(), endsAt: campaign.endsAt.toISOString() },
        },
        tx,
      );
      return campaign;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError("slug", CAMPAIGN_MESSAGES.slugTaken);
    throw error;
  }
}
