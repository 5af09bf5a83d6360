import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { CAMPAIGN_ITEM_CAPABILITIES } from "@/lib/campaigns/can-attach-items";
import { authorize } from "@/lib/server/auth/authorize";
import { CAMPAIGN_MESSAGES } from "@/lib/campaigns/labels";
import { lockCampaign } from "@/lib/server/campaigns/lock-campaign";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Puts an item in a campaign (once; attaching it again changes nothing). */
export async function attachCampaignItem({ actor, ip = null, campaignId, itemId }: { actor: Actor; ip?: string | null; campaignId: number; itemId: number }) {
  await authorize(actor, CAMPAIGN_ITEM_CAPABILITIES, { ip, message: CAMPAIGN_MESSAGES.noRightToAttachItem });
  return db.$transaction(async (tx) => {
    const campaign = await lockCampaign(tx, campaignId);
    const item = await tx.item.findUnique({ where: { id: itemId }, select: { id: true, title: true } });
    if (!item) throw new AppError("NOT_FOUND", CAMPAIGN_MESSAGES.itemNotFound);
    const existing = await tx.campaignItem.findUnique({ where: { campaignId_itemId: { campaignId, itemId } } });
    if (existing) return false;
    await tx.campaignItem.create({ data: { campaignId, itemId } });
    await recordAudit(
      { action: "campaign.attach-item", result: "SUCCESS", actorId: actor.id, ip, objectType: "campaign", objectId: campaignId, details: { itemId, title: item.title, campaign: campaign.name } },
      tx,
    );
    return true;
  });
}
