import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { UNIT_KIND_LABELS } from "@/lib/units/labels";
import type { UnitTreeRow } from "@/lib/server/units/list-unit-tree";

/** The unit tree as an indented table; depth is also spoken ("cấp 2"), not only shown. */
export function UnitTreeTable({ units }: { units: UnitTreeRow[] }) {
  return (
    <Table caption="Cây đơn vị">
      <THead>
        <tr>
          <Th>Đơn vị</Th>
          <Th>Loại</Th>
          <Th className="text-right">Người dùng</Th>
          <Th className="text-right">Tin, bài</Th>
          <Th>Trạng thái</Th>
        </tr>
      </THead>
      <tbody>
        {units.map((unit) => (
          <tr key={unit.id} className={unit.isActive ? "hover:bg-stone-50" : "bg-stone-50 text-stone-500"}>
            <Td>
              <div style={{ paddingLeft: `${unit.depth * 1.25}rem` }} className="flex min-w-64 items-start gap-1">
                {unit.depth > 0 && (
                  <span aria-hidden="true" className="text-stone-400">
                    └
                  </span>
                )}
                <span>
                  <Link href={`/quan-tri/don-vi/${unit.id}`} className="font-semibold text-brand underline-offset-2 hover:underline">
                    {unit.name}
                  </Link>
                  {unit.shortName && <span className="text-stone-600"> ({unit.shortName})</span>}
                  <span className="sr-only">, cấp {unit.depth + 1}</span>
                </span>
              </div>
            </Td>
            <Td className="whitespace-nowrap">{UNIT_KIND_LABELS[unit.kind]}</Td>
            <Td className="text-right tabular-nums">{unit.peopleCount}</Td>
            <Td className="text-right tabular-nums">{unit.itemCount}</Td>
            <Td>{unit.isActive ? <Badge tone="success">Đang hoạt động</Badge> : <Badge>Ngừng hoạt động</Badge>}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
