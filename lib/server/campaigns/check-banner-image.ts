import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fieldError } from "@/lib/server/campaigns/field-error";
import { CAMPAIGN_MESSAGES } from "@/lib/campaigns/labels";

/** Refuses a picture that is not an IMAGE of the media library (a PDF, a video, a made-up id). */
export async function checkBannerImage(tx: Prisma.TransactionClient, imageId: number | null, field: string): Promise<void> {
  if (imageId === null) return;
  const media = await tx.mediaFile.findUnique({ where: { id: imageId }, select: { kind: true } });
  if (media?.kind !== "IMAGE") throw fieldError(field, CAMPAIGN_MESSAGES.notImage);
}
