import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockCampaign } from "@/lib/server/campaigns/lock-campaign";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";

/** Brings an archived campaign back to the list (and, inside its dates, the home page). */
export async function unarchiveCampaign({ actor, ip = null, campaignId }: { actor: Actor; ip?: string | null; campaignId: number }) {
  await authorize(actor, "campaigns.manage", { ip });
  return db.$transaction(async (tx) => {
    const campaign = await lockCampaign(tx, campaignId);
    if (!campaign.archivedAt) return campaign;
    const restored = await tx.campaign.update({ where: { id: campaignId }, data: { archivedAt: null } });
    await recordAudit({ action: "campaign.unarchive", result: "SUCCESS", actorId: actor.id, ip, objectType: "campaign", objectId: campaignId, details: { name: campaign.name } }, tx);
    return restored;
  });
}
