import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { changedFields } from "@/lib/audit/changed-fields";
import { claimCampaignSlug } from "@/lib/server/campaigns/campaign-slug";
import { checkBannerImage } from "@/lib/server/campaigns/check-banner-image";
import { fieldError, isUniqueViolation } from "@/lib/server/campaigns/field-error";
import { CAMPAIGN_MESSAGES } from "@/lib/campaigns/labels";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CampaignUpdateInput } from "@/lib/validations/campaign";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";
import { campaignColumns } from "@/lib/server/campaigns/campaign-columns";

const FIELDS = ["name", "slug", "description", "startsAt", "endsAt", "bannerImageId", "bannerAlt", "bannerLink", "isSiteWide", "sortOrder"] as const;

const comparable = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

/** Saves a campaign's fields; the slug stays unless a new one is given. An archived campaign is not edited. */
export async function updateCampaign({ actor, ip = null, input }: { actor: Actor; ip?: string | null; input: CampaignUpdateInput }) {
  await authorize(actor, "campaigns.manage", { ip });
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.campaign.findUnique({ where: { id: input.campaignId } });
      if (!before) throw new AppError("NOT_FOUND", CAMPAIGN_MESSAGES.notFound);
      if (before.archivedAt) throw new AppError("INVALID_TRANSITION", CAMPAIGN_MESSAGES.archived);
      const slug = input.slug ? await claimCampaignSlug(tx, input, before.id) : before.slug;
      await checkBannerImage(tx, input.bannerImageId, "bannerImageId");
      const campaign = await tx.campaign.update({ where: { id: before.id }, data: campaignColumns(input, slug) });
      const { changed, from, to } = changedFields(before, campaign, FIELDS, comparable);
      if (changed.length > 0) {
        await recordAudit(
          { action: "campaign.update", result: "SUCCESS", actorId: actor.id, ip, objectType: "campaign", objectId: campaign.id, details: { from, to } },
          tx,
        );
      }
      return campaign;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError("slug", CAMPAIGN_MESSAGES.slugTaken);
    throw error;
  }
}
