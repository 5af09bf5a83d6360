import "server-only";
import { adminBannerInclude, toAdminBanner, type AdminBanner } from "@/lib/server/banners/list-admin-banners";
import { db } from "@/lib/db";

/** One banner for its back-office page. */
export async function getAdminBanner(bannerId: number): Promise<AdminBanner | null> {
  const row = await db.banner.findUnique({ where: { id: bannerId }, include: adminBannerInclude });
  return row ? toAdminBanner(row) : null;
}
