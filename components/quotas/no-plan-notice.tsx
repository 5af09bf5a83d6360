import { CreatePlanButton } from "@/components/quotas/create-plan-button";

/** A year without a plan: say so plainly, and let whoever may manage plans create it from last year's. */
export function NoPlanNotice({ year, canManage, hasPreviousYear }: { year: number; canManage: boolean; hasPreviousYear: boolean }) {
  return (
    <section aria-labelledby="chua-co-ke-hoach" className="rounded border border-amber-300 bg-amber-50 p-4 sm:p-5">
      <h2 id="chua-co-ke-hoach" className="text-lg font-bold text-stone-900">
        Năm {year} chưa có kế hoạch chỉ tiêu
      </h2>
      <p className="mt-2 text-stone-800">
        Chưa có kế hoạch chỉ tiêu tin, bài cho năm {year}, nên chưa tính được ai đã hoàn thành. Khi kế hoạch được nhập, số liệu sẽ hiện ở đây.
      </p>
      <div className="mt-3">
        <CreatePlanButton year={year} canManage={canManage} hasPreviousYear={hasPreviousYear} />
      </div>
    </section>
  );
}
