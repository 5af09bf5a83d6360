import { recordAudit } from "@/lib/server/audit/record-audit";
import { BANNER_MESSAGES } from "@/lib/campaigns/labels";
import { checkBannerImage } from "@/lib/server/campaigns/check-banner-image";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BannerUpdateInput } from "@/lib/validations/banner";

const FIELDS = ["name", "slot", "imageId", "alt", "linkUrl", "startsAt", "endsAt", "sortOrder"] as const;
const comparable = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null));

export async function updateBanner({ actorId, ip = null, input }: { actorId: number; ip?: string | null; input: BannerUpdateInput }) {
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
        { action: "banner.update", result: "SUCCESS", actorId, ip, objectType: "banner", objectId: bannerId, details: { from: pick(before), to: pick(banner) } },
        tx,
      );
    }
    return banner;
  });
}
