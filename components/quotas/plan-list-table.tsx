import Link from "next/link";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { adminPaths } from "@/lib/admin-paths";
import { formatShortDate } from "@/lib/content/dates";
import type { QuotaPlanListRow } from "@/lib/server/quotas/list-quota-plans";

/** Every year's plan, newest first, each opening its editor. */
export function PlanListTable({ plans }: { plans: readonly QuotaPlanListRow[] }) {
  return (
    <Table caption="Kế hoạch chỉ tiêu theo năm">
      <THead>
        <tr>
          <Th>Năm</Th>
          <Th>Tên kế hoạch</Th>
          <Th>Số/ký hiệu</Th>
          <Th>Ngày ban hành</Th>
          <Th className="text-right">Quy định cá nhân</Th>
          <Th className="text-right">Quy định đơn vị</Th>
        </tr>
      </THead>
      <tbody>
        {plans.map((plan) => (
          <tr key={plan.year}>
            <Td className="font-semibold">
              <Link href={adminPaths.quotaPlan(plan.year)} className="text-brand underline-offset-2 hover:underline">
                {plan.year}
              </Link>
            </Td>
            <Td className="min-w-64">
              <Link href={adminPaths.quotaPlan(plan.year)} className="text-stone-900 underline-offset-2 hover:underline">
                {plan.name}
              </Link>
            </Td>
            <Td className="whitespace-nowrap">{plan.reference ?? <span className="text-stone-500">Chưa ghi</span>}</Td>
            <Td className="whitespace-nowrap">
              {plan.issuedOn ? formatShortDate(`${plan.issuedOn}T12:00:00+07:00`) : <span className="text-stone-500">Chưa ghi</span>}
            </Td>
            <Td className="text-right tabular-nums">{plan.personRuleCount}</Td>
            <Td className="text-right tabular-nums">{plan.unitRuleCount}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
