import "server-only";
import { db } from "@/lib/db";

/** Every campaign for the back office, current and upcoming first, with how much each holds. */
export async function listAdminCampaigns() {
  const rows = await db.campaign.findMany({
    orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { endsAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      startsAt: true,
      endsAt: true,
      isSiteWide: true,
      sortOrder: true,
      archivedAt: true,
      _count: { select: { items: true, documents: true } },
    },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, itemCount: _count.items, documentCount: _count.documents }));
}

export type AdminCampaignRow = Awaited<ReturnType<typeof listAdminCampaigns>>[number];
