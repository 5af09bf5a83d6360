import "server-only";
import { db } from "@/lib/db";

/** How many of the person's notifications are unread (the badge in the back office's header). */
export async function countUnreadNotifications(userId: number): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}
