import { formatShortDate } from "@/lib/content/dates";
import type { Queue } from "@/lib/users/get-home-overview";
import { EmptyState } from "@/components/ui/empty-state";

/** The oldest waiting items of a queue (links to the editor come with the workflow issue). */
export function QueueList({ queue, empty }: { queue: Queue; empty: string }) {
  if (queue.total === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <div>
      <p className="text-sm text-stone-700">
        <strong className="text-lg text-stone-900">{queue.total}</strong> tin, bài đang chờ; cũ nhất trước:
      </p>
      <ol className="mt-2 divide-y divide-stone-100">
        {queue.items.map((item) => (
          <li key={item.id} className="py-2">
            <p className="font-semibold text-stone-900">{item.title}</p>
            <p className="text-sm text-stone-600">
              {item.authorNames.join(", ") || "Chưa rõ tác giả"} · cập nhật {formatShortDate(item.updatedAt)}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
