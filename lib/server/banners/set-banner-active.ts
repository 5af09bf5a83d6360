import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { BANNER_MESSAGES } from "@/lib/campaigns/labels";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";

/** Switches a banner off (it leaves the home page whatever its dates) or back on. */
export async function setBannerActive({ actor, ip = null, bannerId, isActive }: { actor: Actor; ip?: string | null; bannerId: number; isActive: boolean }) {
  await authorize(actor, "banners.manage", { ip });
  return db.$transaction(async (tx) => {
    const before = await tx.banner.findUnique({ where: { id: bannerId } });
    if (!before) throw new AppError("NOT_FOUND", BANNER_MESSAGES.notFound);
    if (before.isActive === isActive) return before;
    const banner = await tx.banner.update({ where: { id: bannerId }, data: { isActive } });
    await recordAudit(
      { action: isActive ? "banner.activate" : "banner.deactivate", result: "SUCCESS", actorId: actor.id, ip, objectType: "banner", objectId: bannerId, details: { name: banner.name } },
      tx,
    );
    return banner;
  });
}
