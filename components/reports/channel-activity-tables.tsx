import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { CHANNEL_LABELS, CHANNELS } from "@/lib/channels/labels";
import type { ChannelActivity, ChannelCounts } from "@/lib/reports/channel-math";
import { changeDelta, formatCount } from "@/lib/reports/report-labels";

type Line = { key: number; name: string; counts: ChannelCounts };

function CountsTable({ caption, heading, lines, totals }: { caption: string; heading: string; lines: readonly Line[]; totals?: ChannelCounts }) {
  return (
    <Table caption={caption}>
      <THead>
        <tr>
          <Th>{heading}</Th>
          {CHANNELS.map((channel) => (
            <Th key={channel} className="text-right">
              {CHANNEL_LABELS[channel]} (kỳ này / kỳ trước)
            </Th>
          ))}
        </tr>
      </THead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.key}>
            <Td className="min-w-48">{line.name}</Td>
            {CHANNELS.map((channel) => (
              <Td key={channel} className="text-right whitespace-nowrap tabular-nums">
                <span className="font-semibold">{formatCount(line.counts[channel].count)}</span> / {formatCount(line.counts[channel].previous)}
              </Td>
            ))}
          </tr>
        ))}
      </tbody>
      {totals && (
        <tfoot className="border-t-2 border-stone-300 font-semibold">
          <tr>
            <Td>Tổng cộng</Td>
            {CHANNELS.map((channel) => (
              <Td key={channel} className="text-right whitespace-nowrap tabular-nums" data-channel-total={channel}>
                {formatCount(totals[channel].count)} / {formatCount(totals[channel].previous)} ({changeDelta(totals[channel].count, totals[channel].previous)})
              </Td>
            ))}
          </tr>
        </tfoot>
      )}
    </Table>
  );
}

/** Fanpage posts and radio broadcasts dated in the period: by primary section and by unit. */
export function ChannelActivityTables({ activity }: { activity: ChannelActivity }) {
  const total = activity.totals.FANPAGE.count + activity.totals.RADIO.count + activity.totals.FANPAGE.previous + activity.totals.RADIO.previous;
  if (total === 0) return <EmptyState>Chưa ghi nhận lần đăng fanpage hay phát thanh nào trong kỳ này và kỳ trước.</EmptyState>;
  return (
    <div className="space-y-4">
      <CountsTable
        caption="Số lần đăng fanpage và phát thanh theo chuyên mục chính"
        heading="Chuyên mục"
        lines={activity.bySection.map((s) => ({ key: s.sectionId, name: s.name || "Không có chuyên mục chính", counts: s.counts }))}
        totals={activity.totals}
      />
      {activity.byUnit.length > 0 && (
        <CountsTable
          caption="Số lần đăng fanpage và phát thanh theo đơn vị gửi bài"
          heading="Đơn vị"
          lines={activity.byUnit.map((u) => ({ key: u.unitId, name: u.name, counts: u.counts }))}
        />
      )}
    </div>
  );
}
