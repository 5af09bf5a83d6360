import Link from "next/link";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { formatDateTime } from "@/lib/content/dates";
import { formatWaitingTime, isLongWait } from "@/lib/items/format-waiting-time";
import { kindLabel } from "@/lib/items/item-labels";
import type { QueueRow } from "@/lib/server/items/lists/list-review-queue";
import { formatQuotaProgress, NO_PUBLISHED } from "@/lib/quotas/format-quota-progress";
import type { YearProgress } from "@/lib/server/quotas/count-published-this-year";
import { adminPaths } from "@/lib/urls";

/** Each author with their published count for the year, so the desk sees who still needs items. */
function Authors({ row, progress }: { row: QueueRow; progress: YearProgress }) {
  return (
    <ul className="space-y-1">
      {row.authors.map((author) => (
        <li key={author.id}>
          <span className="font-semibold text-stone-900">{author.name}</span>
          <span className="block text-xs text-stone-600">{formatQuotaProgress(progress.year, progress.byUser.get(author.id) ?? NO_PUBLISHED)}</span>
        </li>
      ))}
      {row.penName && <li className="text-xs text-stone-600">Bút danh: {row.penName}</li>}
    </ul>
  );
}

/**
 * A desk's queue: oldest first with how long each has waited, or (for the
 * scheduled ones) when each goes out.
 */
export function QueueTable({
  caption,
  rows,
  progress,
  now,
  mode = "waiting",
}: {
  caption: string;
  rows: QueueRow[];
  progress: YearProgress;
  now: Date;
  mode?: "waiting" | "scheduled";
}) {
  return (
    <Table caption={caption}>
      <THead>
        <tr>
          <Th>Tiêu đề</Th>
          <Th>Tác giả</Th>
          <Th>Đơn vị</Th>
          <Th>Loại</Th>
          <Th>Chuyên mục</Th>
          <Th>{mode === "waiting" ? "Thời gian chờ" : "Giờ đăng"}</Th>
        </tr>
      </THead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-stone-50">
            <Td className="min-w-56">
              <Link href={adminPaths.item(row.id)} className="font-semibold text-brand underline-offset-2 hover:underline">
                {row.title.trim() || "(Chưa có tiêu đề)"}
              </Link>
              <span className="mt-1 block">
                <Link href={adminPaths.itemPreview(row.id)} className="text-sm text-stone-700 underline underline-offset-2 hover:text-brand">
                  Xem trước
                </Link>
              </span>
            </Td>
            <Td className="min-w-48">
              <Authors row={row} progress={progress} />
            </Td>
            <Td>{row.unitName ?? <span className="text-stone-500">—</span>}</Td>
            <Td className="whitespace-nowrap">{kindLabel(row.kind, row.isInDepth)}</Td>
            <Td>{row.primarySection ?? <span className="text-stone-500">—</span>}</Td>
            <Td className="whitespace-nowrap">
              {mode === "waiting" ? (
                <time dateTime={row.statusChangedAt.toISOString()} title={formatDateTime(row.statusChangedAt)} className={isLongWait(row.statusChangedAt, now) ? "font-semibold text-red-800" : undefined}>
                  {formatWaitingTime(row.statusChangedAt, now)}
                </time>
              ) : row.scheduledAt ? (
                <time dateTime={row.scheduledAt.toISOString()}>{formatDateTime(row.scheduledAt)}</time>
              ) : (
                "—"
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
