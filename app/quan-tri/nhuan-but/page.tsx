import type { Metadata } from "next";
import { PageHeading } from "@/components/admin/page-heading";
import { SheetLinks } from "@/components/royalties/sheet-links";
import { SheetLockControls } from "@/components/royalties/sheet-lock-controls";
import { SheetMissingList } from "@/components/royalties/sheet-missing-list";
import { SheetMonthPicker } from "@/components/royalties/sheet-month-picker";
import { SheetStatus } from "@/components/royalties/sheet-status";
import { SheetTable } from "@/components/royalties/sheet-table";
import { EmptyState } from "@/components/ui/empty-state";
import { requireCapability } from "@/lib/server/auth/require-user";
import { getRoyaltySheet } from "@/lib/server/royalties/get-royalty-sheet";
import { royaltyPeriodLabel } from "@/lib/royalties/royalty-period";
import { isPeriodStarted, periodOrCurrent, vietnamDateString } from "@/lib/royalties/royalty-sheet-maths";

export const metadata: Metadata = { title: "Nhuận bút tháng" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// The secretary's monthly royalty sheet (?thang=2026-11, default this month):
// every graded item of the month by author, lock once checked, mark paid.
export default async function RoyaltySheetPage({ searchParams }: { searchParams: SearchParams }) {
  await requireCapability("royalties.manage");
  const now = new Date();
  const today = vietnamDateString(now);
  const period = periodOrCurrent((await searchParams).thang, now);
  const sheet = await getRoyaltySheet(period);
  const label = royaltyPeriodLabel(period);
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <PageHeading title={`Nhuận bút ${label}`} description="Các tin, bài đã đăng và đã được Ban Biên tập chấm nhuận bút trong tháng, theo tác giả.">
          <SheetMonthPicker period={period} />
        </PageHeading>
        <SheetLinks period={period} />
      </div>

      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <SheetStatus sheet={sheet} />
        <section aria-label="Khóa sổ" className="space-y-2 rounded border border-stone-200 bg-white p-4">
          {!sheet.isLocked && sheet.missing.length > 0 && (
            <p role="note" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              Còn {sheet.missing.length} tin, bài đã đăng trong tháng chưa được chấm nhuận bút (xem danh sách bên dưới).
            </p>
          )}
          {sheet.differingPaymentCount > 0 && (
            <p role="note" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
              Có {sheet.differingPaymentCount} người đã được chi khác với số tiền hiện tại của họ (điểm được sửa sau khi mở khóa). Kiểm tra và ghi chi lại nếu cần.
            </p>
          )}
          {sheet.isLocked ? (
            <p className="text-sm text-stone-700">Sổ đã khóa: ghi “Đã chi” cho từng tác giả trong bảng. Muốn sửa điểm, mở khóa (ghi rõ lý do).</p>
          ) : isPeriodStarted(period, today) ? (
            <p className="text-sm text-stone-700">Kiểm tra bảng rồi khóa sổ; chỉ ghi chi được sau khi khóa.</p>
          ) : (
            <p className="text-sm text-stone-700">Chưa đến {label}, chưa thể khóa sổ.</p>
          )}
          <SheetLockControls
            period={period}
            isLocked={sheet.isLocked}
            missingCount={sheet.missing.length}
            paidAuthorCount={sheet.paidAuthorCount}
            canLock={isPeriodStarted(period, today)}
          />
        </section>
      </div>

      <section aria-labelledby="bang-nhuan-but" className="space-y-3">
        <h2 id="bang-nhuan-but" className="text-lg font-bold text-stone-900">
          Bảng nhuận bút theo tác giả
        </h2>
        {sheet.authors.length === 0 ? (
          <EmptyState>Chưa có tin, bài nào đăng trong {label} được chấm nhuận bút.</EmptyState>
        ) : (
          <SheetTable sheet={sheet} today={today} />
        )}
      </section>

      <SheetMissingList period={period} items={sheet.missing} />
    </div>
  );
}
