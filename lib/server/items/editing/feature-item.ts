import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockRow } from "@/lib/server/db/lock-row";
import { ITEM_MESSAGES } from "@/lib/items/messages";

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
  await authorize(actor, "items.publish", { ip, message: ITEM_MESSAGES.featureOnlyBoard });
  return db.$transaction(async (tx) => {
    // Held so an unpublish at the same moment cannot leave an unpublished item featured.
    await lockRow(tx, "items", itemId, ITEM_MESSAGES.notFound);
    const item = await tx.item.findUniqueOrThrow({
      where: { id: itemId },
      select: { status: true, isFeatured: true, featuredAt: true, updatedAt: true },
    });
    if (item.status !== "PUBLISHED") throw new AppError("INVALID_TRANSITION", ITEM_MESSAGES.featureOnlyPublished);
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
