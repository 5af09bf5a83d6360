import Link from "next/link";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { QuotaStatusBadge } from "@/components/quotas/quota-status-badge";
import { SortHeader, type SortState } from "@/components/quotas/sort-header";
import { doneText, quotaTargetText, remainingText } from "@/lib/quotas/quota-labels";
import type { PersonQuotaRow } from "@/lib/quotas/quota-types";
import { POSITION_LABELS } from "@/lib/users/labels";

/** One page of the person table; every column but the target sorts (links in the headers). */
export function PersonQuotaTable({
  rows,
  year,
  sort,
  sortHref,
  personHref,
}: {
  rows: readonly PersonQuotaRow[];
  year: number;
  sort: SortState;
  sortHref: (next: SortState) => string;
  personHref: (userId: number) => string;
}) {
  const header = (column: SortState["sort"], label: string, className?: string) => (
    <SortHeader column={column} label={label} state={sort} hrefFor={sortHref} className={className} />
  );
  return (
    <Table caption={`Chỉ tiêu năm ${year} theo từng người`}>
      <THead>
        <tr>
          {header("name", "Họ và tên")}
          {header("unit", "Đơn vị")}
          {header("position", "Chức vụ")}
          <Th>Chỉ tiêu</Th>
          {header("done", "Đã có")}
          {header("remaining", "Còn lại")}
          {header("status", "Trạng thái")}
        </tr>
      </THead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.userId} className="hover:bg-stone-50">
            <Td className="min-w-44">
              <Link href={personHref(row.userId)} className="font-semibold text-brand underline-offset-2 hover:underline">
                {row.name}
              </Link>
              {!row.isActive && <p className="text-xs text-stone-600">Đã ngừng hoạt động</p>}
            </Td>
            <Td className="min-w-40">{row.unitName}</Td>
            <Td className="min-w-32">{POSITION_LABELS[row.position]}</Td>
            <Td className="min-w-32">{quotaTargetText(row.evaluation.target)}</Td>
            <Td className="min-w-28">{doneText(row.evaluation.done)}</Td>
            <Td className="min-w-28">{remainingText(row.evaluation)}</Td>
            <Td>
              <QuotaStatusBadge status={row.evaluation.status} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
