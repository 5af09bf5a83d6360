import { recordAudit } from "@/lib/server/audit/record-audit";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Puts a published item in the home page's featured block (tiêu điểm), or
 * takes it out. Only the board, only while the item is public; the newest
 * featured come first. The caller expires the public caches.
 */
export async function featureItem({
  actor,
  itemId,
  isFeatured,
  ip = null,
  now = new Date(),
}: {
  actor: Actor;
  itemId: number;
  isFeatured: boolean;
  ip?: string | null;
  now?: Date;
}): Promise<{ isFeatured: boolean; featuredAt: Date | null }> {
  if (!can(actor, "items.publish")) throw new AppError("FORBIDDEN", "Chỉ Ban Biên tập mới chọn được bài tiêu điểm.");
  return db.$transaction(async (tx) => {
    // Held so an unpublish at the same moment cannot leave an unpublished item featured.
    const locked = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM items WHERE id = ${itemId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError("NOT_FOUND", "Không tìm thấy bài.");
    const item = await tx.item.findUniqueOrThrow({
      where: { id: itemId },
      select: { status: true, isFeatured: true, featuredAt: true, updatedAt: true },
    });
    if (item.status !== "PUBLISHED") throw new AppError("INVALID_TRANSITION", "Chỉ chọn làm tiêu điểm được bài đang đăng trên trang.");
    // Featuring again keeps the item's place in the block.
    const featuredAt = isFeatured ? (item.isFeatured && item.featuredAt ? item.featuredAt : now) : null;
    await tx.item.update({
      where: { id: itemId },
      // Not a content change: updatedAt (the page's "modified" date) stays.
      data: { isFeatured, featuredAt, updatedAt: item.updatedAt },
    });
    await recordAudit(
      {
        action: isFeatured ? "item.feature" : "item.unfeature",
        result: "SUCCESS",
        actorId: actor.id,
        ip,
        objectType: "item",
        objectId: itemId,
      },
      tx,
    );
    return { isFeatured, featuredAt };
  });
}
