import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { canAttachItems } from "@/lib/campaigns/can-attach-items";
import { lockCampaign } from "@/lib/server/campaigns/lock-campaign";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Takes an item out of a campaign; the item itself is untouched. */
export async function detachCampaignItem({ actor, ip = null, campaignId, itemId }: { actor: Actor; ip?: string | null; campaignId: number; itemId: number }) {
  if (!canAttachItems(actor)) throw new AppError("FORBIDDEN", "Bạn không có quyền gỡ tin, bài khỏi chuyên trang.");
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
