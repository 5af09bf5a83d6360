import "server-only";
import { createAudited } from "@/lib/server/audit/record-audit";
import { checkBannerImage } from "@/lib/server/campaigns/check-banner-image";
import { db } from "@/lib/db";
import type { BannerInput } from "@/lib/validations/banner";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";

/** A new home-page banner; refused whole when its picture is not an image. */
export async function createBanner({ actor, ip = null, input }: { actor: Actor; ip?: string | null; input: BannerInput }) {
  await authorize(actor, "banners.manage", { ip });
  return db.$transaction(async (tx) => {
    await checkBannerImage(tx, input.imageId, "imageId");
    return createAudited(tx, tx.banner.create({ data: { ...input, createdById: actor.id } }), {
      action: "banner.create",
      actorId: actor.id,
      ip,
      objectType: "banner",
      details: (banner) => ({ name: banner.name, slot: banner.slot, linkUrl: banner.linkUrl, startsAt: banner.startsAt?.toISOString() ?? null, endsAt: banner.endsAt?.toISOString() ?? null }),
    });
  });
}
