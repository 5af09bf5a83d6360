import "server-only";
import { db } from "@/lib/db";

/** For the editor's side panel: the campaigns holding the item, and those it could join (not archived, not ended). */
export async function listItemCampaigns(itemId: number, now: Date = new Date()) {
  const [joined, open] = await Promise.all([
    db.campaign.findMany({ where: { items: { some: { itemId } } }, orderBy: { startsAt: "desc" }, select: { id: true, name: true } }),
    db.campaign.findMany({
      where: { archivedAt: null, isActive: true, endsAt: { gt: now }, items: { none: { itemId } } },
      orderBy: [{ sortOrder: "asc" }, { startsAt: "desc" }],
      select: { id: true, name: true },
    }),
  ]);
  return { joined, open };
}
