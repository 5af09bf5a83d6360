import Link from "next/link";
import { countUnreadNotifications } from "@/lib/server/notifications/count-unread";
import { adminPaths } from "@/lib/urls";

/** "Thông báo, 3 chưa đọc": the bell's accessible name. */
export const bellLabel = (unread: number) => (unread > 0 ? `Thông báo, ${unread} chưa đọc` : "Thông báo");

/** The header's bell: a link to the notifications with the unread count (counted per request). */
export async function NotificationBell({ userId }: { userId: number }) {
  const unread = await countUnreadNotifications(userId);
  return (
    <Link
      href={adminPaths.notifications}
      aria-label={bellLabel(unread)}
      title={bellLabel(unread)}
      className="relative inline-flex h-11 w-11 items-center justify-center rounded border border-stone-300 bg-white text-stone-800 hover:bg-red-50 hover:text-brand"
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
      {unread > 0 && (
        <span aria-hidden="true" className="absolute -top-1.5 -right-1.5 min-w-5 rounded-full bg-brand px-1 text-center text-xs leading-5 font-bold text-white">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
