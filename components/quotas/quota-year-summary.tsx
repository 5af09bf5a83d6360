import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ComputedAt } from "@/components/quotas/computed-at";
import { QuotaTotals } from "@/components/quotas/quota-totals";
import { adminPaths } from "@/lib/admin-paths";
import type { QuotaTotals as Totals } from "@/lib/quotas/quota-types";

/** The standing committee's home block: the year's totals and the ways to the dashboard and the printable report. */
export function QuotaYearSummary({ year, hasPlan, totals, computedAt }: { year: number; hasPlan: boolean; totals: Totals; computedAt: string }) {
  const query = `?nam=${year}`;
  return (
    <div className="space-y-3">
      {hasPlan ? (
        <>
          <QuotaTotals totals={totals} notYetHref={`${adminPaths.quotas}?nam=${year}&trang-thai=NOT_YET#ca-nhan`} />
          <ComputedAt at={computedAt} />
        </>
      ) : (
        <EmptyState>Năm {year} chưa có kế hoạch chỉ tiêu tin, bài.</EmptyState>
      )}
      <div className="flex flex-wrap gap-2">
        <Link href={`${adminPaths.quotas}${query}`} className={buttonClass("primary")}>
          Xem bảng chỉ tiêu năm {year}
        </Link>
        {hasPlan && (
          <Link href={`${adminPaths.quotaPrint}${query}`} className={buttonClass("secondary")}>
            Bản in báo cáo
          </Link>
        )}
      </div>
    </div>
  );
}
