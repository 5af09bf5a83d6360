import "server-only";
import { CAMPAIGN_MESSAGES } from "@/lib/campaigns/labels";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lockRow } from "@/lib/server/db/lock-row";

/**
 * The campaign's row, locked until the transaction ends, so a delete cannot
 * slip between someone else's "attach an item" and its commit.
 */
export async function lockCampaign(tx: Prisma.TransactionClient, campaignId: number) {
  await lockRow(tx, "campaigns", campaignId, CAMPAIGN_MESSAGES.notFound);
  return tx.campaign.findUniqueOrThrow({ where: { id: campaignId } });
}
