import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { CAMPAIGN_MESSAGES } from "@/lib/campaigns/labels";
import { lockCampaign } from "@/lib/server/campaigns/lock-campaign";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";

/** Deletes a campaign that holds nothing; one with items or documents is refused (archive it instead). */
export async function deleteCampaign({ actor, ip = null, campaignId }: { actor: Actor; ip?: string | null; campaignId: number }) {
  await authorize(actor, "campaigns.manage", { ip });
  return db.$transaction(async (tx) => {
    const campaign = await lockCampaign(tx, campaignId);
    const [items, documents] = await Promise.all([
      tx.campaignItem.count({ where: { campaignId } }),
      tx.campaignDocument.count({ where: { campaignId } }),
    ]);
    if (items + documents > 0) throw new AppError("INVALID_TRANSITION", CAMPAIGN_MESSAGES.hasItems);
    await tx.campaign.delete({ where: { id: campaignId } });
    await recordAudit(
      { action: "campaign.delete", result: "SUCCESS", actorId: actor.id, ip, objectType: "campaign", objectId: campaignId, details: { name: campaign.name, slug: campaign.slug } },
      tx,
    );
  });
}
