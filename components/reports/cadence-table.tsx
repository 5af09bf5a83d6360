import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { cadenceTargetText, formatCount } from "@/lib/reports/report-labels";
import type { SectionCadenceRow } from "@/lib/reports/report-types";

/** Each section with a cadence: expected against published, gaps, and a flag when behind. */
export function CadenceTable({ rows }: { rows: readonly SectionCadenceRow[] }) {
  if (rows.length === 0) return <EmptyState>Chưa chuyên mục nào đặt nhịp đăng bài (quản trị đặt ở mục Chuyên mục).</EmptyState>;
  return (
    <Table caption="Nhịp đăng bài của các chuyên mục trong kỳ">
      <THead>
        <tr>
          <Th>Chuyên mục</Th>
          <Th>Nhịp</Th>
          <Th className="text-right">Cần đăng</Th>
          <Th className="text-right">Đã đăng</Th>
          <Th className="text-right">Trống dài nhất</Th>
          <Th className="text-right">Lần đăng gần nhất</Th>
          <Th>Đánh giá</Th>
        </tr>
      </THead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.sectionId} className={row.isBehind ? "bg-amber-50" : undefined}>
            <Td className="min-w-48 font-semibold">{row.name}</Td>
            <Td className="whitespace-nowrap">{cadenceTargetText(row.cadence, row.cadenceTarget)}</Td>
            <Td className="text-right tabular-nums">{formatCount(row.expected)}</Td>
            <Td className="text-right font-semibold tabular-nums">{formatCount(row.published)}</Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{row.longestGapDays} ngày</Td>
            <Td className="text-right whitespace-nowrap tabular-nums">
              {row.daysSinceLast === null ? "Chưa đăng bài nào" : row.daysSinceLast === 0 ? "Hôm nay" : `cách đây ${row.daysSinceLast} ngày`}
            </Td>
            <Td className="whitespace-nowrap">{row.isBehind ? <Badge tone="warning">Chậm nhịp</Badge> : <Badge tone="success">Đạt</Badge>}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
