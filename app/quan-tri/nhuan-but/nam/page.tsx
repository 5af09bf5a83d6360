import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/admin/page-heading";
import { QuotaYearPicker } from "@/components/quotas/quota-year-picker";
import { YearChart } from "@/components/royalties/year-chart";
import { YearAuthorTable, YearMonthTable } from "@/components/royalties/year-tables";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { adminPaths } from "@/lib/admin-paths";
import { requireCapability } from "@/lib/server/auth/require-user";
import { can } from "@/lib/auth/permissions";
import { formatVnd } from "@/lib/royalties/format-vnd";
import { getRoyaltyYear } from "@/lib/server/royalties/get-royalty-year";
import { budgetUsedShare, yearOrCurrent } from "@/lib/royalties/royalty-sheet-maths";

export const metadata: Metadata = { title: "Nhuận bút cả năm" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// The year's royalties (?nam=2026): the budget (dự toán) against what was
// graded and paid, month by month, and each author's year.
export default async function RoyaltyYearPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireCapability("royalties.manage");
  const now = new Date();
  const year = yearOrCurrent((await searchParams).nam, now);
  const data = await getRoyaltyYear(year);
  const currentYear = yearOrCurrent(undefined, now);
  const used = Math.round(budgetUsedShare(data.paidVnd, data.budgetVnd) * 1000) / 10;
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <PageHeading title={`Nhuận bút năm ${year}`} description="Dự toán kinh phí nhuận bút của năm so với số đã chấm và đã chi, theo tháng và theo tác giả.">
          <QuotaYearPicker year={year} currentYear={currentYear} action={adminPaths.royaltyYear} />
        </PageHeading>
        <nav aria-label="Xuất tổng hợp nhuận bút năm" className="flex flex-wrap gap-2">
          <a href={`${adminPaths.royaltyYearExcel}?nam=${year}`} className={buttonClass("secondary")} download>
            Tải Excel
          </a>
          <Link href={adminPaths.royalties} className={buttonClass("secondary")}>
            Bảng nhuận bút tháng
          </Link>
        </nav>
      </div>

      {!data.hasSchedule && (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Năm {year} chưa có định mức và dự toán nhuận bút.{" "}
          {can(user, "royalty-rates.manage") ? (
            <Link href={adminPaths.royaltySettings} className="underline">
              Tạo định mức năm {year}
            </Link>
          ) : (
            "Quản trị hệ thống cần nhập định mức, dự toán của năm."
          )}
        </p>
      )}

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {[
          ["Dự toán năm", data.hasSchedule ? formatVnd(data.budgetVnd) : "Chưa có"],
          ["Đã chấm", formatVnd(data.gradedVnd)],
          ["Đã chi", data.budgetVnd > 0 ? `${formatVnd(data.paidVnd)} (${used.toLocaleString("vi-VN")} %)` : formatVnd(data.paidVnd)],
          ["Dự toán còn lại", data.hasSchedule ? formatVnd(data.remainingVnd) : "–"],
        ].map(([label, value]) => (
          <div key={label} className="rounded border border-stone-200 bg-white p-3">
            <dt className="text-sm text-stone-600">{label}</dt>
            <dd className="text-lg font-semibold text-stone-900">{value}</dd>
          </div>
        ))}
      </dl>

      <YearChart data={data} />

      <section aria-labelledby="theo-thang" className="space-y-3">
        <h2 id="theo-thang" className="text-lg font-bold text-stone-900">
          Theo tháng
        </h2>
        <YearMonthTable data={data} />
      </section>

      <section aria-labelledby="theo-tac-gia" className="space-y-3">
        <h2 id="theo-tac-gia" className="text-lg font-bold text-stone-900">
          Theo tác giả
        </h2>
        {data.authors.length === 0 ? <EmptyState>Năm {year} chưa có tin, bài nào được chấm nhuận bút.</EmptyState> : <YearAuthorTable data={data} />}
      </section>
    </div>
  );
}
