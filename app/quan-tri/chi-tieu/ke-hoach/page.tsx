import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/admin/page-heading";
import { CreatePlanButton } from "@/components/quotas/create-plan-button";
import { PlanCreateOtherYear } from "@/components/quotas/plan-create-other-year";
import { PlanListTable } from "@/components/quotas/plan-list-table";
import { EmptyState } from "@/components/ui/empty-state";
import { adminPaths } from "@/lib/admin-paths";
import { requireCapability } from "@/lib/server/auth/require-user";
import { vietnamYear } from "@/lib/content/dates";
import { listQuotaPlans } from "@/lib/server/quotas/list-quota-plans";

export const metadata: Metadata = { title: "Kế hoạch chỉ tiêu" };

export default async function QuotaPlansPage() {
  await requireCapability("quota-rules.manage");
  const plans = await listQuotaPlans();
  const thisYear = vietnamYear(new Date());
  const years = new Set(plans.map((plan) => plan.year));
  // This year first if it has none, otherwise the year after the latest plan.
  const suggested = years.has(thisYear) ? Math.max(...years) + 1 : thisYear;
  const hasPreviousYear = plans.some((plan) => plan.year < suggested);
  return (
    <div className="space-y-5">
      <PageHeading
        title="Kế hoạch chỉ tiêu"
        description="Mỗi năm một kế hoạch: chỉ tiêu viết tin, bài theo chức vụ và theo đơn vị. Bảng chỉ tiêu của một năm tính theo kế hoạch của năm đó."
      >
        <Link href={adminPaths.quotas} className="self-center text-sm text-brand underline-offset-2 hover:underline">
          Xem bảng chỉ tiêu
        </Link>
      </PageHeading>
      <section aria-labelledby="tao-ke-hoach" className="space-y-3 rounded border border-stone-200 bg-white p-4 sm:p-5">
        <h2 id="tao-ke-hoach" className="text-lg font-bold text-stone-900">
          Tạo kế hoạch năm mới
        </h2>
        <CreatePlanButton year={suggested} canManage hasPreviousYear={hasPreviousYear} />
        <PlanCreateOtherYear defaultYear={suggested + 1} />
      </section>
      <section aria-labelledby="cac-ke-hoach" className="space-y-2">
        <h2 id="cac-ke-hoach" className="text-lg font-bold text-stone-900">
          Các kế hoạch đã có
        </h2>
        {plans.length === 0 ? (
          <EmptyState>Chưa có kế hoạch chỉ tiêu nào. Tạo kế hoạch năm {suggested} ở trên để bắt đầu.</EmptyState>
        ) : (
          <>
            <p className="text-sm text-stone-600">Không xóa kế hoạch của năm đã qua: bảng chỉ tiêu các năm trước vẫn cần đến nó.</p>
            <PlanListTable plans={plans} />
          </>
        )}
      </section>
    </div>
  );
}
