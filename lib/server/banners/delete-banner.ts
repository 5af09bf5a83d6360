import { recordAudit } from "@/lib/server/audit/record-audit";
import { BANNER_MESSAGES } from "@/lib/campaigns/labels";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Deletes a banner (its picture stays in the media library). */
export async function deleteBanner({ actorId, ip = null, bannerId }: { actorId: number; ip?: string | null; bannerId: number }) {
  return db.$transaction(async (tx) => {
    const banner = await tx.banner.findUnique({ where: { id: bannerId } });
    if (!banner) throw new AppError("NOT_FOUND", BANNER_MESSAGES.notFound);
    await tx.banner.delete({ where: { id: bannerId } });
    await recordAudit(
      { action: "banner.delete", result: "SUCCESS", actorId, ip, objectType: "banner", objectId: bannerId, details: { name: banner.name, slot: banner.slot, linkUrl: banner.linkUrl } },
      tx,
    );
  });
}
