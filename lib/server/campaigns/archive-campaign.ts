import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockCampaign } from "@/lib/server/campaigns/lock-campaign";
import { db } from "@/lib/db";

/** Hides a campaign from the list and the home page; its page stays readable. */
export async function archiveCampaign({ actorId, ip = null, campaignId, now = new Date() }: { actorId: number; ip?: string | null; campaignId: number; now?: Date }) {
  return db.$transaction(async (tx) => {
    const campaign = await lockCampaign(tx, campaignId);
    if (campaign.archivedAt) return campaign;
    const archived = await tx.campaign.update({ where: { id: campaignId }, data: { archivedAt: now } });
    await recordAudit({ action: "campaign.archive", result: "SUCCESS", actorId, ip, objectType: "campaign", objectId: campaignId, details: { name: campaign.name } }, tx);
    return archived;
  });
}
