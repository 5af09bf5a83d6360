import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { CAMPAIGN_ITEM_CAPABILITIES } from "@/lib/campaigns/can-attach-items";
import { authorize } from "@/lib/server/auth/authorize";
import { lockCampaign } from "@/lib/server/campaigns/lock-campaign";
import { db } from "@/lib/db";
import { CAMPAIGN_MESSAGES } from "@/lib/campaigns/labels";

/** Takes an item out of a campaign; the item itself is untouched. */
export async function detachCampaignItem({ actor, ip = null, campaignId, itemId }: { actor: Actor; ip?: string | null; campaignId: number; itemId: number }) {
  await authorize(actor, CAMPAIGN_ITEM_CAPABILITIES, { ip, message: CAMPAIGN_MESSAGES.noRightToDetachItem });
  return db.$transaction(async (tx) => {
    const campaign = await lockCampaign(tx, campaignId);
    const { count } = await tx.campaignItem.deleteMany({ where: { campaignId, itemId } });
    if (count === 0) return false;
    await recordAudit(
      { action: "campaign.detach-item", result: "SUCCESS", actorId: actor.id, ip, objectType: "campaign", objectId: campaignId, details: { itemId, campaign: campaign.name } },
      tx,
    );
    return true;
  });
}
