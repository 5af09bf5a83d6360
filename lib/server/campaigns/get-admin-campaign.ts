import "server-only";
import { db } from "@/lib/db";
import { mediaPath } from "@/lib/urls";

/** A campaign with its banner and everything attached to it, for its back-office page. */
export async function getAdminCampaign(campaignId: number) {
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    include: {
      bannerImage: { select: { id: true, storageKey: true, width: true, height: true, alt: true, kind: true } },
      items: {
        orderBy: { addedAt: "desc" },
        select: { addedAt: true, item: { select: { id: true, title: true, slug: true, status: true, publishedAt: true } } },
      },
      documents: {
        orderBy: { addedAt: "desc" },
        select: { addedAt: true, document: { select: { id: true, numberSymbol: true, summary: true, slug: true, status: true } } },
      },
    },
  });
  if (!campaign) return null;
  const image = campaign.bannerImage;
  return {
    ...campaign,
    bannerPreview: image ? { id: image.id, url: mediaPath(image.storageKey), width: image.width, height: image.height, alt: image.alt } : null,
  };
}

export type AdminCampaign = NonNullable<Awaited<ReturnType<typeof getAdminCampaign>>>;
