import Link from "next/link";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { EmptyState } from "@/components/ui/empty-state";
import { QuotaStatusBadge } from "@/components/quotas/quota-status-badge";
import { doneText, quotaTargetText, remainingText } from "@/lib/quotas/quota-labels";
import type { UnitQuotaRow } from "@/lib/quotas/quota-types";
import { UNIT_KIND_LABELS } from "@/lib/units/labels";

/** Each unit with a yearly target: what it asks, what its people wrote, who of them met their own. */
export function UnitQuotaTable({ units, year, unitHref }: { units: readonly UnitQuotaRow[]; year: number; unitHref: (unitId: number) => string }) {
  if (units.length === 0) return <EmptyState>Kế hoạch năm {year} không giao chỉ tiêu cả năm cho đơn vị nào.</EmptyState>;
  return (
    <Table caption={`Chỉ tiêu năm ${year} theo đơn vị`}>
      <THead>
        <tr>
          <Th>Đơn vị</Th>
          <Th>Loại</Th>
          <Th>Chỉ tiêu</Th>
          <Th>Đã có</Th>
          <Th>Còn lại</Th>
          <Th>Trạng thái</Th>
          <Th className="text-right">Người hoàn thành</Th>
        </tr>
      </THead>
      <tbody>
        {units.map((unit) => (
          <tr key={unit.unitId} className="hover:bg-stone-50">
            <Td className="min-w-48">
              <Link href={unitHref(unit.unitId)} className="font-semibold text-brand underline-offset-2 hover:underline">
                {unit.name}
              </Link>
              {unit.parentName && <p className="text-xs text-stone-600">{unit.parentName}</p>}
            </Td>
            <Td className="whitespace-nowrap">{UNIT_KIND_LABELS[unit.kind]}</Td>
            <Td className="min-w-32">{quotaTargetText(unit.evaluation.target)}</Td>
            <Td className="min-w-28">{doneText(unit.evaluation.done)}</Td>
            <Td className="min-w-28">{remainingText(unit.evaluation)}</Td>
            <Td>
              <QuotaStatusBadge status={unit.evaluation.status} />
            </Td>
            <Td className="text-right whitespace-nowrap tabular-nums">
              {unit.peopleCompleted}/{unit.peopleWithTarget}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
