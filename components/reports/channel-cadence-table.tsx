import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { CHANNEL_COUNT_UNITS, CHANNEL_LABELS, PAGE_CHANNEL_LABEL } from "@/lib/channels/labels";
import type { ChannelCadenceLine, ChannelCell } from "@/lib/reports/channel-cadence-view";
import { formatCount } from "@/lib/reports/report-labels";
import { CADENCE_LABELS } from "@/lib/sections/labels";

function Cell({ cell, unit }: { cell: ChannelCell; unit: string }) {
  if (!cell) return <Td className="text-stone-500">Không đặt</Td>;
  return (
    <Td className={`whitespace-nowrap ${cell.isBehind ? "bg-amber-50" : ""}`}>
      <span className="font-semibold tabular-nums">{formatCount(cell.done)}</span>
      <span className="tabular-nums text-stone-600"> / {formatCount(cell.expected)} cần</span>
      <span className="block text-xs text-stone-600">
        {CADENCE_LABELS[cell.cadence]}: {cell.target} {unit}
      </span>
      {cell.isBehind ? <Badge tone="warning">Chậm nhịp</Badge> : <Badge tone="success">Đạt</Badge>}
    </Td>
  );
}

/** Each section on each channel (page, fanpage, radio): done against what its cadence asks for in the period. */
export function ChannelCadenceTable({ lines }: { lines: readonly ChannelCadenceLine[] }) {
  if (lines.length === 0) return <EmptyState>Chưa chuyên mục nào đặt nhịp trên trang, fanpage hay phát thanh.</EmptyState>;
  return (
    <Table caption="Nhịp của các chuyên mục theo kênh: trang thông tin điện tử, fanpage, phát thanh">
      <THead>
        <tr>
          <Th>Chuyên mục</Th>
          <Th>{PAGE_CHANNEL_LABEL}</Th>
          <Th>{CHANNEL_LABELS.FANPAGE}</Th>
          <Th>{CHANNEL_LABELS.RADIO}</Th>
        </tr>
      </THead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.sectionId} data-section-id={line.sectionId}>
            <Td className="min-w-48 font-semibold">{line.name}</Td>
            <Cell cell={line.page} unit="tin, bài" />
            <Cell cell={line.channels.FANPAGE} unit={CHANNEL_COUNT_UNITS.FANPAGE} />
            <Cell cell={line.channels.RADIO} unit={CHANNEL_COUNT_UNITS.RADIO} />
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
