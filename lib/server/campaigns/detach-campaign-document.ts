import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockCampaign } from "@/lib/server/campaigns/lock-campaign";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";

/** Takes a document off a campaign's page; the document itself is untouched. */
export async function detachCampaignDocument({ actor, ip = null, campaignId, documentId }: { actor: Actor; ip?: string | null; campaignId: number; documentId: number }) {
  await authorize(actor, "campaigns.manage", { ip });
  return db.$transaction(async (tx) => {
    const campaign = await lockCampaign(tx, campaignId);
    const { count } = await tx.campaignDocument.deleteMany({ where: { campaignId, documentId } });
    if (count === 0) return false;
    await recordAudit(
      { action: "campaign.detach-document", result: "SUCCESS", actorId: actor.id, ip, objectType: "campaign", objectId: campaignId, details: { documentId, campaign: campaign.name } },
      tx,
    );
    return true;
  });
}
