import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { BANNER_MESSAGES } from "@/lib/campaigns/labels";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";

/** Deletes a banner (its picture stays in the media library). */
export async function deleteBanner({ actor, ip = null, bannerId }: { actor: Actor; ip?: string | null; bannerId: number }) {
  await authorize(actor, "banners.manage", { ip });
  return db.$transaction(async (tx) => {
    const banner = await tx.banner.findUnique({ where: { id: bannerId } });
    if (!banner) throw new AppError("NOT_FOUND", BANNER_MESSAGES.notFound);
    await tx.banner.delete({ where: { id: bannerId } });
    await recordAudit(
      { action: "banner.delete", result: "SUCCESS", actorId: actor.id, ip, objectType: "banner", objectId: bannerId, details: { name: banner.name, slot: banner.slot, linkUrl: banner.linkUrl } },
      tx,
    );
  });
}
