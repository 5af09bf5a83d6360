import { CAMPAIGN_MESSAGES } from "@/lib/campaigns/labels";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The campaign's row, locked until the transaction ends, so a delete cannot
 * slip between someone else's "attach an item" and its commit.
 */
export async function lockCampaign(tx: Prisma.TransactionClient, campaignId: number) {
  const locked = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM campaigns WHERE id = ${campaignId} FOR UPDATE`;
  if (locked.length === 0) throw new AppError("NOT_FOUND", CAMPAIGN_MESSAGES.notFound);
  return tx.campaign.findUniqueOrThrow({ where: { id: campaignId } });
}
