import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { BANNER_MESSAGES } from "@/lib/campaigns/labels";
import { checkBannerImage } from "@/lib/server/campaigns/check-banner-image";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BannerUpdateInput } from "@/lib/validations/banner";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";

const FIELDS = ["name", "slot", "imageId", "alt", "linkUrl", "startsAt", "endsAt", "sortOrder"] as const;
const comparable = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null));

export async function updateBanner({ actor, ip = null, input }: { actor: Actor; ip?: string | null; input: BannerUpdateInput }) {
  await authorize(actor, "banners.manage", { ip });
  const { bannerId, ...data } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.banner.findUnique({ where: { id: bannerId } });
    if (!before) throw new AppError("NOT_FOUND", BANNER_MESSAGES.notFound);
    await checkBannerImage(tx, data.imageId, "imageId");
    const banner = await tx.banner.update({ where: { id: bannerId }, data });
    const changed = FIELDS.filter((field) => comparable(before[field]) !== comparable(banner[field]));
    if (changed.length > 0) {
      const pick = (row: typeof banner) => Object.fromEntries(changed.map((field) => [field, comparable(row[field])])) as Prisma.InputJsonObject;
      await recordAudit(
        { action: "banner.update", result: "SUCCESS", actorId: actor.id, ip, objectType: "banner", objectId: bannerId, details: { from: pick(before), to: pick(banner) } },
        tx,
      );
    }
    return banner;
  });
}
