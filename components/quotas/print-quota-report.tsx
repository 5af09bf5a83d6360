import { DocumentSection } from "@/components/print/party-document";
import { asOfText, percentText, planReference } from "@/lib/exports/export-text";
import type { PersonQuotaRow, QuotaYearReport } from "@/lib/quotas/quota-types";
import { PrintPersonTable } from "./print-person-table";
import { PrintUnitTable } from "./print-unit-table";

type PrintQuotaReportProps = {
  report: QuotaYearReport;
  people: readonly PersonQuotaRow[];
  countingRule: readonly string[];
  organisationName: string;
  filterText: string | null;
};

/** The body of the printed quota report: what it follows, how it counts, the totals, the units, the people. */
export function PrintQuotaReport({ report, people, countingRule, organisationName, filterText }: PrintQuotaReportProps) {
  const { plan, totals, year } = report;
  const asOf = asOfText(report.computedAt).replace(/^Số liệu/, "số liệu");
  if (!plan) {
    return <p className="indent-8">Năm {year} chưa có kế hoạch chỉ tiêu viết tin, bài: chưa có số liệu để báo cáo.</p>;
  }
  return (
    <>
      <p className="indent-8">
        Thực hiện {planReference(plan)}, Ban Thường vụ {organisationName} báo cáo kết quả thực hiện chỉ tiêu viết tin, bài trên Trang thông tin
        điện tử năm {year} ({asOf}) như sau:
      </p>
      <DocumentSection heading="I. CÁCH TÍNH SỐ LIỆU">
        {countingRule.map((line) => (
          <p key={line} className="indent-8">
            - {line}
          </p>
        ))}
      </DocumentSection>
      <DocumentSection heading="II. KẾT QUẢ CHUNG">
        <p className="indent-8">
          - Số đồng chí có chỉ tiêu: {totals.peopleWithTarget}; hoàn thành (kể cả vượt chỉ tiêu): {totals.peopleCompleted} (
          {percentText(totals.peopleCompleted, totals.peopleWithTarget)}); chưa hoàn thành: {totals.peopleNotYet}.
        </p>
        <p className="indent-8">
          - Số đơn vị có chỉ tiêu: {totals.unitsWithTarget}; hoàn thành: {totals.unitsCompleted}.
        </p>
        <p className="indent-8">- Tổng số tin, bài được tính: {totals.itemsCounted}.</p>
      </DocumentSection>
      <DocumentSection heading="III. KẾT QUẢ CỦA CÁC ĐƠN VỊ">
        <PrintUnitTable units={report.units} />
      </DocumentSection>
      <DocumentSection heading="IV. KẾT QUẢ CỦA TỪNG CÁ NHÂN">
        {filterText && <p className="indent-8 italic">Danh sách lọc theo: {filterText}.</p>}
        <PrintPersonTable people={people} />
      </DocumentSection>
      <p className="mt-4 indent-8">
        Trên đây là báo cáo kết quả thực hiện chỉ tiêu viết tin, bài trên Trang thông tin điện tử năm {year}./.
      </p>
    </>
  );
}
