// Chuyên trang rows; their items are linked when the items are written.
import { slugify } from "@/lib/content/slug";
import { addDays } from "../clock";
import type { SeedContext } from "../context";
import type { CampaignSeed } from "../text/campaigns";

export async function seedCampaigns(context: SeedContext, campaigns: CampaignSeed[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const campaign of campaigns) {
    const createdAt = addDays(campaign.startsAt, -3);
    const row = await context.tx.campaign.create({
      data: {
        slug: slugify(campaign.name),
        name: campaign.name,
        description: campaign.description,
        startsAt: campaign.startsAt,
        endsAt: campaign.endsAt,
        bannerImageId: context.images.get(campaign.bannerName)!.id,
        isActive: true,
        createdAt,
        updatedAt: createdAt,
      },
      select: { id: true },
    });
    ids.set(campaign.key, row.id);
  }
  return ids;
}
