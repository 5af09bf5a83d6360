import { CHANNEL_LABELS, CHANNELS } from "@/lib/channels/labels";
import type { ChannelActivity } from "@/lib/reports/channel-math";
import { ComparisonTable } from "./comparison-table";
import { DocumentSection } from "./party-document";

/** The printed report's part on the channels beyond the page: fanpage posts and radio broadcasts by primary section. */
export function PrintChannelSection({ heading, activity }: { heading: string; activity: ChannelActivity }) {
  return (
    <DocumentSection heading={heading}>
      <p className="indent-8">
        - Số lần đăng fanpage trong kỳ: {activity.totals.FANPAGE.count} (kỳ trước: {activity.totals.FANPAGE.previous}); số lần phát thanh:{" "}
        {activity.totals.RADIO.count} (kỳ trước: {activity.totals.RADIO.previous}).
      </p>
      {CHANNELS.map((channel) => (
        <ComparisonTable
          key={channel}
          caption={`${CHANNEL_LABELS[channel]} theo chuyên mục chính`}
          nameHeader="Chuyên mục"
          rows={activity.bySection.map((s) => ({ key: s.sectionId, name: s.name || "Không có chuyên mục chính", count: s.counts[channel].count, previous: s.counts[channel].previous }))}
        />
      ))}
    </DocumentSection>
  );
}
