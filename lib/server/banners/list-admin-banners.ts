import "server-only";
import { db } from "@/lib/db";
import { mediaPath } from "@/lib/urls";

export const adminBannerInclude = { image: { select: { id: true, storageKey: true, width: true, height: true, alt: true } } } as const;

type Row = { image: { id: number; storageKey: string; width: number | null; height: number | null; alt: string | null } };

export const toAdminBanner = <T extends Row>({ image, ...row }: T) => ({
  ...row,
  image: { id: image.id, url: mediaPath(image.storageKey), width: image.width, height: image.height, alt: image.alt },
});

/** Every banner for the back office, by slot and order. */
export async function listAdminBanners() {
  const rows = await db.banner.findMany({ orderBy: [{ slot: "asc" }, { sortOrder: "asc" }, { id: "asc" }], include: adminBannerInclude });
  return rows.map(toAdminBanner);
}

export type AdminBanner = Awaited<ReturnType<typeof listAdminBanners>>[number];
