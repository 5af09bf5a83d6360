import "server-only";
import { fieldError } from "@/lib/server/campaigns/field-error";
import { CAMPAIGN_MESSAGES } from "@/lib/campaigns/labels";
import { slugify } from "@/lib/content/slug";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The slug asked for, or one made from the name; refused when another
 * campaign has it (the public URL must lead to one page only).
 */
export async function claimCampaignSlug(tx: Prisma.TransactionClient, input: { slug: string | null; name: string }, ownId?: number): Promise<string> {
  const slug = input.slug ?? (slugify(input.name) || "chuyen-trang");
  const taken = await tx.campaign.findUnique({ where: { slug }, select: { id: true } });
  if (taken && taken.id !== ownId) throw fieldError("slug", CAMPAIGN_MESSAGES.slugTaken);
  return slug;
}
