import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { adminPaths } from "@/lib/admin-paths";
import { formatShortDate } from "@/lib/content/dates";
import { royaltyPeriodLabel } from "@/lib/royalties/royalty-period";
import { KIND_LABELS } from "@/lib/royalties/royalty-sheet-labels";
import type { MissingItem } from "@/lib/royalties/royalty-sheet-types";

/** Items first published in the month that nobody has graded, each linked to its page where the board grades it. */
export function SheetMissingList({ period, items }: { period: string; items: readonly MissingItem[] }) {
  return (
    <section aria-labelledby="chua-cham" className="space-y-2">
      <h2 id="chua-cham" className="text-lg font-bold text-stone-900">
        Tin, bài đã đăng chưa được chấm ({items.length})
      </h2>
      {items.length === 0 ? (
        <EmptyState>Mọi tin, bài đăng trong {royaltyPeriodLabel(period)} đều đã được chấm nhuận bút.</EmptyState>
      ) : (
        <>
          <p className="text-sm text-stone-700">Ban Biên tập chấm nhuận bút ở trang của từng tin, bài. Những tin, bài này chưa có trong bảng thanh toán.</p>
          <ul className="divide-y divide-stone-100 rounded border border-amber-300 bg-amber-50/40">
            {items.map((item) => (
              <li key={item.itemId} className="px-3 py-2">
                <Link href={adminPaths.item(item.itemId)} className="font-medium text-brand underline">
                  {item.title}
                </Link>
                <span className="block text-sm text-stone-600">
                  {KIND_LABELS[item.kind]} · đăng {formatShortDate(item.publishedAt)}
                  {item.authorsText ? ` · ${item.authorsText}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
