import Link from "next/link";
import { formatWaitingTime } from "@/lib/items/format-waiting-time";
import type { Queue } from "@/lib/server/users/get-home-overview";
import { adminPaths } from "@/lib/urls";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** The oldest waiting items of a queue, each linked to its page, and the way to the whole queue. */
export function QueueList({ queue, empty, href, linkLabel }: { queue: Queue; empty: string; href: string; linkLabel: string }) {
  if (queue.total === 0) return <EmptyState>{empty}</EmptyState>;
  const now = new Date();
  return (
    <div>
      <p className="text-sm text-stone-700">
        <strong className="text-lg text-stone-900">{queue.total}</strong> tin, bài đang chờ; cũ nhất trước:
      </p>
      <ol className="mt-2 divide-y divide-stone-100">
        {queue.items.map((item) => (
          <li key={item.id} className="py-2">
            <Link href={adminPaths.item(item.id)} className="font-semibold text-brand underline-offset-2 hover:underline">
              {item.title.trim() || "(Chưa có tiêu đề)"}
            </Link>
            <p className="text-sm text-stone-600">
              {item.authorNames.join(", ") || "Chưa rõ tác giả"} · {formatWaitingTime(item.statusChangedAt, now)}
            </p>
          </li>
        ))}
      </ol>
      <Link href={href} className={buttonClass("secondary", "mt-3")}>
        {linkLabel}
      </Link>
    </div>
  );
}
