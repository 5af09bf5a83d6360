import { Figures } from "@/components/dashboard/home-block";
import type { QuotaTotals as Totals } from "@/lib/quotas/quota-types";

/** The year in five figures; "not yet" links to the person table filtered to them. */
export function QuotaTotals({ totals, notYetHref }: { totals: Totals; notYetHref?: string }) {
  return (
    <Figures
      figures={[
        { label: "Người có chỉ tiêu", value: totals.peopleWithTarget },
        { label: "Đã hoàn thành", value: totals.peopleCompleted },
        { label: "Chưa hoàn thành", value: totals.peopleNotYet, href: totals.peopleNotYet > 0 ? notYetHref : undefined },
        { label: "Tin, bài được tính", value: totals.itemsCounted },
        { label: "Đơn vị hoàn thành", value: `${totals.unitsCompleted}/${totals.unitsWithTarget}` },
      ]}
    />
  );
}
