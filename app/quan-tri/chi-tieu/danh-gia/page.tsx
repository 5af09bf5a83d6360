import type { Metadata } from "next";
import { REPORT_RECIPIENTS, STANDING_COMMITTEE_SIGNATURE } from "@/components/print/document-wording";
import { PartyDocument } from "@/components/print/party-document";
import { PrintToolbar } from "@/components/print/print-toolbar";
import { PrintEvaluationTable } from "@/components/quotas/print-evaluation-table";
import { adminPaths } from "@/lib/admin-paths";
import { requireCapability } from "@/lib/server/auth/require-user";
import { env } from "@/lib/env";
import { evaluationRows } from "@/lib/exports/evaluation-rows";
import { asOfText, planReference } from "@/lib/exports/export-text";
import { loadQuotaExport } from "@/lib/server/exports/load-quota-export";

export const metadata: Metadata = { title: "Danh sách đánh giá chỉ tiêu" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// The one-click list the standing committee attaches to the annual
// evaluation (đánh giá, xếp loại): every member with a target, met or not.
// Only the year counts (?nam=); the dashboard's filters do not apply.
export default async function QuotaEvaluationPage({ searchParams }: { searchParams: SearchParams }) {
  await requireCapability("quotas.read");
  const now = new Date();
  const params = await searchParams;
  const { report, filter } = await loadQuotaExport({ nam: params.nam }, now);
  const rows = evaluationRows(report.people);
  const met = rows.filter((row) => row.isMet).length;
  const { organisation } = env();
  const yearQuery = `nam=${filter.year}`;
  return (
    <>
      <PrintToolbar
        back={{ href: `${adminPaths.quotas}?${yearQuery}`, label: "Về trang chỉ tiêu" }}
        links={[{ href: `${adminPaths.quotaEvaluationExcel}?${yearQuery}`, label: "Tải Excel", isDownload: true }]}
      />
      <PartyDocument
        organisation={organisation}
        symbolKind="DS"
        date={now}
        kind="DANH SÁCH"
        subject={`ĐÁNH GIÁ MỨC ĐỘ HOÀN THÀNH CHỈ TIÊU VIẾT TIN, BÀI NĂM ${report.year}`}
        recipients={REPORT_RECIPIENTS}
        signature={STANDING_COMMITTEE_SIGNATURE}
      >
        {report.plan ? (
          <>
            <p className="indent-8">
              Căn cứ {planReference(report.plan)} của Ban Thường vụ {organisation.name}; kết quả viết tin, bài trên Trang thông tin điện tử năm{" "}
              {report.year} ({asOfText(report.computedAt).replace(/^Số liệu/, "số liệu")}). Đồng chí vượt chỉ tiêu được đánh giá là hoàn thành.
            </p>
            <PrintEvaluationTable rows={rows} />
            <p className="indent-8">
              Tổng số: {rows.length} đồng chí có chỉ tiêu; {met} đồng chí hoàn thành; {rows.length - met} đồng chí không hoàn thành./.
            </p>
          </>
        ) : (
          <p className="indent-8">Năm {report.year} chưa có kế hoạch chỉ tiêu viết tin, bài: chưa có danh sách đánh giá.</p>
        )}
      </PartyDocument>
    </>
  );
}
