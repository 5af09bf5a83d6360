import "server-only";
import { formatDateTime } from "@/lib/content/dates";
import { db } from "@/lib/db";
import { adminPaths } from "@/lib/urls";

export const NOTIFICATION_PAGE_SIZE = 20;

export type NotificationRow = {
  id: number;
  type: string;
  message: string;
  /** The item's back-office page, or null when the notification is about nothing in particular. */
  href: string | null;
  isRead: boolean;
  createdAt: string;
  /** "08:30, ngày 28 tháng 02 năm 2019", Vietnam time. */
  createdAtText: string;
};

export type NotificationPage = { rows: NotificationRow[]; total: number; page: number; pageCount: number };

/** One page (1-based) of the person's own notifications, newest first. */
export async function listNotifications({ userId, page = 1 }: { userId: number; page?: number }): Promise<NotificationPage> {
  const [total, rows] = await Promise.all([
    db.notification.count({ where: { userId } }),
    db.notification.findMany({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * NOTIFICATION_PAGE_SIZE,
      take: NOTIFICATION_PAGE_SIZE,
      select: { id: true, type: true, message: true, itemId: true, readAt: true, createdAt: true },
    }),
  ]);
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / NOTIFICATION_PAGE_SIZE)),
    rows: rows.map((row) => ({
      id: row.id,
      type: row.type,
      message: row.message,
      href: row.itemId === null ? null : adminPaths.item(row.itemId),
      isRead: row.readAt !== null,
      createdAt: row.createdAt.toISOString(),
      createdAtText: formatDateTime(row.createdAt),
    })),
  };
}
