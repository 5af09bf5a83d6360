import { DOCUMENT_TYPE_LABELS } from "@/lib/documents/document-type-labels";
import { activityFigures, unitActivityRows } from "@/lib/exports/activity-rows";
import { asOfText, lowerFirst } from "@/lib/exports/export-text";
import { kindLabel } from "@/lib/items/item-labels";
import type { ActivityReport, SectionCadenceRow } from "@/lib/reports/report-types";
import { CadenceTable, TopItemsTable } from "./activity-tables";
import type { ChannelActivity } from "@/lib/reports/channel-math";
import { ComparisonTable } from "./comparison-table";
import { PrintChannelSection } from "./print-channel-section";
import { DocumentSection } from "./party-document";

const names = (people: readonly { name: string; unitName?: string }[]) =>
  people.map((person) => (person.unitName ? `${person.name} (${person.unitName})` : person.name)).join("; ");

/** The body of the printed activity report: the figures, then each table of the report page. */
export function PrintActivityReport({
  report,
  cadence,
  organisationName,
  channels,
}: {
  report: ActivityReport;
  cadence: readonly SectionCadenceRow[];
  organisationName: string;
  /** Fanpage posts and radio broadcasts of the period (issue 11), printed as part IX. */
  channels?: ChannelActivity;
}) {
  const { period, previous } = report;
  const asOf = lowerFirst(asOfText(report.computedAt));
  return (
    <>
      <p className="indent-8">
        Ban Thường vụ {organisationName} báo cáo kết quả hoạt động Trang thông tin điện tử {lowerFirst(period.label)} ({asOf}), so sánh với kỳ trước (
        {lowerFirst(previous.label)}) như sau:
      </p>
      <DocumentSection heading="I. KẾT QUẢ CHUNG">
        <ComparisonTable
          caption="Kết quả chung"
          nameHeader="Nội dung"
          rows={activityFigures(report).map((row) => ({ key: row.label, name: row.label, count: row.count, previous: row.previous }))}
          hasTotal={false}
        />
      </DocumentSection>
      <DocumentSection heading="II. TIN, BÀI THEO CHUYÊN MỤC">
        <ComparisonTable
          caption="Tin, bài theo chuyên mục"
          nameHeader="Chuyên mục"
          rows={report.bySection.map((row) => ({ key: row.sectionId, name: row.name, count: row.count, previous: row.previous }))}
        />
      </DocumentSection>
      <DocumentSection heading="III. TIN, BÀI THEO LOẠI">
        <ComparisonTable
          caption="Tin, bài theo loại"
          nameHeader="Loại tin, bài"
          rows={report.byKind.map((row) => ({ key: `${row.kind}-${row.isInDepth}`, name: kindLabel(row.kind, row.isInDepth), count: row.count, previous: row.previous }))}
        />
      </DocumentSection>
      <DocumentSection heading="IV. TIN, BÀI THEO ĐƠN VỊ">
        <ComparisonTable
          caption="Tin, bài theo đơn vị"
          nameHeader="Đơn vị"
          rows={unitActivityRows(report).map((row) => ({
            key: row.unitId,
            name: row.name,
            count: row.count,
            previous: row.previous,
            note: row.isSilent ? "Có chỉ tiêu, chưa có tin, bài" : undefined,
          }))}
        />
      </DocumentSection>
      <DocumentSection heading="V. NGƯỜI VIẾT">
        {report.hasPlan ? (
          <>
            <p className="indent-8">
              - Số đồng chí có chỉ tiêu năm {report.planYear} có tin, bài được đăng trong kỳ: {report.writers.length}; chưa có tin, bài:{" "}
              {report.nonWriters.length}.
            </p>
            {report.nonWriters.length > 0 && <p className="indent-8">- Các đồng chí chưa có tin, bài trong kỳ: {names(report.nonWriters)}.</p>}
            {report.unitsSilent.length > 0 && <p className="indent-8">- Các đơn vị có chỉ tiêu chưa có tin, bài trong kỳ: {names(report.unitsSilent)}.</p>}
          </>
        ) : (
          <p className="indent-8">Năm {report.planYear} chưa có kế hoạch chỉ tiêu viết tin, bài.</p>
        )}
      </DocumentSection>
      <DocumentSection heading="VI. TIN, BÀI ĐƯỢC ĐỌC NHIỀU NHẤT">
        <TopItemsTable items={report.topItems} />
      </DocumentSection>
      <DocumentSection heading="VII. VĂN BẢN ĐÃ ĐĂNG">
        <ComparisonTable
          caption="Văn bản đã đăng"
          nameHeader="Loại văn bản"
          rows={report.documentsByType.map((row) => ({ key: row.type, name: DOCUMENT_TYPE_LABELS[row.type], count: row.count, previous: row.previous }))}
        />
      </DocumentSection>
      <DocumentSection heading="VIII. NHỊP ĐĂNG CỦA CÁC CHUYÊN MỤC">
        <CadenceTable rows={cadence} />
      </DocumentSection>
      {channels && <PrintChannelSection heading="IX. ĐĂNG FANPAGE VÀ PHÁT THANH" activity={channels} />}
      <p className="mt-4 indent-8">Trên đây là báo cáo kết quả hoạt động Trang thông tin điện tử {lowerFirst(period.label)}./.</p>
    </>
  );
}
