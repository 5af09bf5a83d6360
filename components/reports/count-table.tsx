import { Table, Td, Th, THead } from "@/components/ui/table";
import { changeDelta, changeSpoken, formatCount } from "@/lib/reports/report-labels";

export type CountRow = { key: string | number; name: React.ReactNode; detail?: React.ReactNode; count: number; previous: number };

/** A dimension of the report: name, this period, the previous one and the change; with a total row. */
export function CountTable({ caption, nameHeading, detailHeading, rows, total }: {
  caption: string;
  nameHeading: string;
  detailHeading?: string;
  rows: readonly CountRow[];
  /** Shown as the last row when the rows add up to it. */
  total?: { count: number; previous: number };
}) {
  return (
    <Table caption={caption}>
      <THead>
        <tr>
          <Th>{nameHeading}</Th>
          {detailHeading && <Th>{detailHeading}</Th>}
          <Th className="text-right">Kỳ này</Th>
          <Th className="text-right">Kỳ trước</Th>
          <Th className="text-right">Thay đổi</Th>
        </tr>
      </THead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <Td className="min-w-48">{row.name}</Td>
            {detailHeading && <Td className="whitespace-nowrap">{row.detail}</Td>}
            <Td className="text-right font-semibold tabular-nums">{formatCount(row.count)}</Td>
            <Td className="text-right tabular-nums text-stone-600">{formatCount(row.previous)}</Td>
            <Td className="text-right whitespace-nowrap tabular-nums" title={changeSpoken(row.count, row.previous)}>
              {changeDelta(row.count, row.previous)}
            </Td>
          </tr>
        ))}
      </tbody>
      {total && (
        <tfoot className="border-t-2 border-stone-300 font-semibold">
          <tr>
            <Td colSpan={detailHeading ? 2 : 1}>Tổng cộng</Td>
            <Td className="text-right tabular-nums">{formatCount(total.count)}</Td>
            <Td className="text-right tabular-nums">{formatCount(total.previous)}</Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{changeDelta(total.count, total.previous)}</Td>
          </tr>
        </tfoot>
      )}
    </Table>
  );
}
