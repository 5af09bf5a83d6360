import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/content/dates";
import { formatVnd } from "@/lib/royalties/format-vnd";
import type { RoyaltySheet } from "@/lib/royalties/royalty-sheet-types";

const ACTION_LABELS = { LOCK: "Khóa sổ", UNLOCK: "Mở khóa" } as const;

/** The month's state at a glance: lock, totals, payments, and the lock history. */
export function SheetStatus({ sheet }: { sheet: RoyaltySheet }) {
  const authorCount = sheet.authors.filter((author) => author.itemCount > 0).length;
  return (
    <section aria-labelledby="tinh-trang" className="space-y-3 rounded border border-stone-200 bg-white p-4">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="tinh-trang" className="text-lg font-bold text-stone-900">
          Tình trạng sổ
        </h2>
        {sheet.isLocked ? <Badge tone="success">Đã khóa</Badge> : <Badge tone="warning">Chưa khóa</Badge>}
      </div>
      {sheet.isLocked && sheet.lockedAt && (
        <p className="text-sm text-stone-700">
          Khóa lúc {formatDateTime(sheet.lockedAt)}
          {sheet.lockedByName ? `, bởi ${sheet.lockedByName}` : ""}.
        </p>
      )}
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {[
          ["Tổng nhuận bút", formatVnd(sheet.totalVnd)],
          ["Tin, bài đã chấm", String(sheet.gradedItemCount)],
          ["Số tác giả", String(authorCount)],
          ["Đã chi", `${formatVnd(sheet.paidTotalVnd)} (${sheet.paidAuthorCount} người)`],
        ].map(([label, value]) => (
          <div key={label} className="rounded border border-stone-100 bg-stone-50 p-2">
            <dt className="text-sm text-stone-600">{label}</dt>
            <dd className="font-semibold text-stone-900" data-testid={label === "Tổng nhuận bút" ? "tong-nhuan-but" : undefined}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {sheet.events.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer text-stone-700">Lịch sử khóa, mở khóa ({sheet.events.length})</summary>
          <ol className="mt-2 space-y-1">
            {sheet.events.map((event, index) => (
              <li key={index}>
                {formatDateTime(event.at)}: <strong>{ACTION_LABELS[event.action]}</strong>, {event.actorName}
                {event.reason ? `. Lý do: ${event.reason}` : ""}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
