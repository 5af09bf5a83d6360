import { recordAudit } from "@/lib/server/audit/record-audit";
import { checkBannerImage } from "@/lib/server/campaigns/check-banner-image";
import { db } from "@/lib/db";
import type { BannerInput } from "@/lib/validations/banner";

/** A new home-page banner; refused whole when its picture is not an image. */
export async function createBanner({ actorId, ip = null, input }: { actorId: number; ip?: string | null; input: BannerInput }) {
  return db.$transaction(async (tx) => {
    await checkBannerImage(tx, input.imageId, "imageId");
    const banner = await tx.banner.create({ data: { ...input, createdById: actorId } });
    await recordAudit(
      {
        action: "banner.create",
        result: "SUCCESS",
        actorId,
        ip,
        objectType: "banner",
        objectId: banner.id,
        details: { name: banner.name, slot: banner.slot, linkUrl: banner.linkUrl, startsAt: banner.startsAt?.toISOString() ?? null, endsAt: banner.endsAt?.toISOString() ?? null },
      },
      tx,
    );
    return banner;
  });
}
