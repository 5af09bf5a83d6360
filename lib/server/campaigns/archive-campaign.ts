import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockCampaign } from "@/lib/server/campaigns/lock-campaign";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";

/** Hides a campaign from the list and the home page; its page stays readable. */
export async function archiveCampaign({ actor, ip = null, campaignId, now = new Date() }: { actor: Actor; ip?: string | null; campaignId: number; now?: Date }) {
  await authorize(actor, "campaigns.manage", { ip });
  return db.$transaction(async (tx) => {
    const campaign = await lockCampaign(tx, campaignId);
    if (campaign.archivedAt) return campaign;
    const archived = await tx.campaign.update({ where: { id: campaignId }, data: { archivedAt: now } });
    await recordAudit({ action: "campaign.archive", result: "SUCCESS", actorId: actor.id, ip, objectType: "campaign", objectId: campaignId, details: { name: campaign.name } }, tx);
    return archived;
  });
}
