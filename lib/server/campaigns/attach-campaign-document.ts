import { recordAudit } from "@/lib/server/audit/record-audit";
import { CAMPAIGN_MESSAGES } from "@/lib/campaigns/labels";
import { lockCampaign } from "@/lib/server/campaigns/lock-campaign";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Lists a directive document on a campaign's page (once). */
export async function attachCampaignDocument({ actorId, ip = null, campaignId, documentId }: { actorId: number; ip?: string | null; campaignId: number; documentId: number }) {
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
        actorId,
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
