import "server-only";
import { db } from "@/lib/db";

/**
 * Marks the person's own notifications read: the given ids (others' ids are
 * silently ignored), or all of them when `ids` is omitted. Returns how many
 * changed.
 */
export async function markNotificationsRead({
  userId,
  ids,
  now = new Date(),
}: {
  userId: number;
  ids?: readonly number[];
  now?: Date;
}): Promise<number> {
  const result = await db.notification.updateMany({
    where: { userId, readAt: null, ...(ids && { id: { in: [...ids] } }) },
    data: { readAt: now },
  });
  return result.count;
}
