import type { Metadata } from "next";
import { REPORT_RECIPIENTS, STANDING_COMMITTEE_SIGNATURE } from "@/components/print/document-wording";
import { PartyDocument } from "@/components/print/party-document";
import { PrintToolbar } from "@/components/print/print-toolbar";
import { PrintQuotaReport } from "@/components/quotas/print-quota-report";
import { adminPaths } from "@/lib/admin-paths";
import { requireCapability } from "@/lib/server/auth/require-user";
import { env } from "@/lib/env";
import { loadQuotaExport } from "@/lib/server/exports/load-quota-export";
import { quotaFilterQuery } from "@/lib/quotas/quota-filter";

export const metadata: Metadata = { title: "Bản in báo cáo chỉ tiêu" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// The quota report in the Party's document format, for the dashboard's year
// and filters (?nam=&don-vi=&chuc-vu=&trang-thai=&q=&sap-xep=&chieu=).
export default async function QuotaPrintPage({ searchParams }: { searchParams: SearchParams }) {
  await requireCapability("quotas.read");
  const now = new Date();
  const data = await loadQuotaExport(await searchParams, now);
  const query = quotaFilterQuery(data.filter).toString();
  const { organisation } = env();
  return (
    <>
      <PrintToolbar
        back={{ href: `${adminPaths.quotas}?${query}`, label: "Về trang chỉ tiêu" }}
        links={[{ href: `${adminPaths.quotaExcel}?${query}`, label: "Tải Excel", isDownload: true }]}
      />
      <PartyDocument
        organisation={organisation}
        symbolKind="BC"
        date={now}
        kind="BÁO CÁO"
        subject={`Kết quả thực hiện chỉ tiêu viết tin, bài trên Trang thông tin điện tử năm ${data.report.year}`}
        recipients={REPORT_RECIPIENTS}
        signature={STANDING_COMMITTEE_SIGNATURE}
      >
        <PrintQuotaReport
          report={data.report}
          people={data.people}
          countingRule={data.countingRule}
          organisationName={organisation.name}
          filterText={data.filterText}
        />
      </PartyDocument>
    </>
  );
}
