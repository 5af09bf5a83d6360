import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { CAMPAIGN_MESSAGES } from "@/lib/campaigns/labels";
import { lockCampaign } from "@/lib/server/campaigns/lock-campaign";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";

/** Lists a directive document on a campaign's page (once). */
export async function attachCampaignDocument({ actor, ip = null, campaignId, documentId }: { actor: Actor; ip?: string | null; campaignId: number; documentId: number }) {
  await authorize(actor, "campaigns.manage", { ip });
  return db.$transaction(async (tx) => {
    const campaign = await lockCampaign(tx, campaignId);
    const document = await tx.directiveDocument.findUnique({ where: { id: documentId }, select: { id: true, numberSymbol: true } });
    if (!document) throw new AppError("NOT_FOUND", CAMPAIGN_MESSAGES.documentNotFound);
    const existing = await tx.campaignDocument.findUnique({ where: { campaignId_documentId: { campaignId, documentId } } });
    if (existing) return false;
    await tx.campaignDocument.create({ data: { campaignId, documentId } });
    await recordAudit(
      {
        action: "campaign.attach-document",
        result: "SUCCESS",
        actorId: actor.id,
        ip,
        objectType: "campaign",
        objectId: campaignId,
        details: { documentId, numberSymbol: document.numberSymbol, campaign: campaign.name },
      },
      tx,
    );
    return true;
  });
}
