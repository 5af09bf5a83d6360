import { CadenceTable } from "@/components/reports/cadence-table";
import { ChannelActivityTables } from "@/components/reports/channel-activity-tables";
import { ChannelCadenceTable } from "@/components/reports/channel-cadence-table";
import { UnitsSection, WritersSection } from "@/components/reports/participation-lists";
import { ReportLinks } from "@/components/reports/report-links";
import { ReportNotes } from "@/components/reports/report-notes";
import { ReportSummary } from "@/components/reports/report-summary";
import { SectionKindTables, UnitDocumentTables } from "@/components/reports/report-tables";
import { TopItemsTable } from "@/components/reports/top-items-table";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/lib/content/dates";
import { channelCadenceLines } from "@/lib/reports/channel-cadence-view";
import { getActivityReport } from "@/lib/server/reports/get-activity-report";
import { getChannelActivity } from "@/lib/server/reports/get-channel-activity";
import { getChannelCadence } from "@/lib/server/reports/get-channel-cadence";
import { getSectionCadence } from "@/lib/server/reports/get-section-cadence";
import { reportPeriodQuery } from "@/lib/reports/report-period";
import type { ReportPeriod } from "@/lib/reports/report-types";

function Part({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="border-b border-stone-200 pb-1 text-xl font-bold text-stone-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The report of one period (streamed in by the page once counted). */
export async function ReportBody({ period, previous, now }: { period: ReportPeriod; previous: ReportPeriod; now: Date }) {
  const [report, cadence, channelCadence, channelActivity] = await Promise.all([
    getActivityReport(period, previous, now),
    getSectionCadence(period, now),
    getChannelCadence(period, now),
    getChannelActivity(period, previous),
  ]);
  const isEmpty = report.totals.items.count === 0 && report.totals.documents.count === 0;
  const behind = cadence.filter((row) => row.isBehind).length;
  const hasStarted = new Date(period.start).getTime() <= now.getTime();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 className="text-2xl font-bold text-stone-900">{period.label}</h2>
          <p className="text-sm text-stone-600">
            So với kỳ trước: {previous.label}. Số liệu tính đến {formatDateTime(report.computedAt)}.
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ReportLinks query={reportPeriodQuery(period)} />
        </div>
      </div>
      <ReportSummary report={report} />
      {isEmpty ? (
        <EmptyState>
          Không có tin, bài hay văn bản nào được đăng trong {lowerFirst(period.label)}. Chọn kỳ khác ở trên, hoặc xem nhịp đăng bài của các chuyên mục
          bên dưới.
        </EmptyState>
      ) : (
        <>
          <Part id="tin-bai" title="Tin, bài đã đăng">
            <SectionKindTables report={report} />
          </Part>
          <Part id="doc-nhieu" title="Được đọc nhiều nhất">
            <TopItemsTable items={report.topItems} />
          </Part>
          <UnitDocumentTables report={report} />
        </>
      )}
      <Part id="kenh-khac" title="Fanpage và phát thanh">
        <ChannelActivityTables activity={channelActivity} />
      </Part>
      <Part id="nguoi-viet" title={`Người viết có chỉ tiêu (kế hoạch năm ${report.planYear})`}>
        <WritersSection report={report} />
      </Part>
      {report.hasPlan && (
        <Part id="don-vi-viet" title="Đơn vị có chỉ tiêu">
          <UnitsSection report={report} />
        </Part>
      )}
      <Part id="nhip-dang" title="Nhịp đăng bài của các chuyên mục">
        {hasStarted ? (
          <>
            {cadence.length > 0 && (
              <p className="text-sm text-stone-700">
                {behind === 0 ? "Mọi chuyên mục có đặt nhịp đều đạt trong kỳ." : `${behind} chuyên mục chậm nhịp trong kỳ (tô màu bên dưới).`}
              </p>
            )}
            <CadenceTable rows={cadence} />
            <h3 className="pt-2 text-lg font-bold text-stone-900">Nhịp theo kênh</h3>
            <ChannelCadenceTable lines={channelCadenceLines(cadence, channelCadence)} />
          </>
        ) : (
          <EmptyState>Kỳ báo cáo chưa bắt đầu, nên chưa đo được nhịp đăng bài.</EmptyState>
        )}
      </Part>
      <ReportNotes planYear={report.planYear} />
    </div>
  );
}

/** While the figures are counted. */
export function ReportBodyLoading({ label }: { label: string }) {
  return (
    <div className="space-y-3" aria-busy="true">
      <h2 className="text-2xl font-bold text-stone-900">{label}</h2>
      <p role="status" className="text-stone-700">
        Đang tính số liệu báo cáo…
      </p>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5" aria-hidden="true">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="h-28 animate-pulse rounded border border-stone-200 bg-stone-100" />
        ))}
      </div>
    </div>
  );
}
