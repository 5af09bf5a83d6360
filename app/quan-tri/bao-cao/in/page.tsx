import type { Metadata } from "next";
import { REPORT_RECIPIENTS, STANDING_COMMITTEE_SIGNATURE } from "@/components/print/document-wording";
import { PartyDocument } from "@/components/print/party-document";
import { PrintActivityReport } from "@/components/print/print-activity-report";
import { PrintToolbar } from "@/components/print/print-toolbar";
import { adminPaths } from "@/lib/admin-paths";
import { requireCapability } from "@/lib/server/auth/require-user";
import { env } from "@/lib/env";
import { lowerFirst } from "@/lib/exports/export-text";
import { getActivityReport } from "@/lib/server/reports/get-activity-report";
import { getChannelActivity } from "@/lib/server/reports/get-channel-activity";
import { getSectionCadence } from "@/lib/server/reports/get-section-cadence";
import { parseReportPeriod, reportPeriodQuery } from "@/lib/reports/report-period";

export const metadata: Metadata = { title: "Bản in báo cáo hoạt động" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// The activity report in the Party's document format, for the report page's
// period (?ky=thang&nam=2026&thang=11, …). A refused period says why.
export default async function ActivityPrintPage({ searchParams }: { searchParams: SearchParams }) {
  await requireCapability("reports.read");
  const now = new Date();
  const parsed = parseReportPeriod(await searchParams, now);
  if (!parsed.ok) {
    return (
      <>
        <PrintToolbar back={{ href: adminPaths.reports, label: "Về trang báo cáo" }} />
        <p role="alert" className="rounded border border-red-200 bg-red-50 p-4 text-red-900">
          {parsed.message}
        </p>
      </>
    );
  }
  const report = await getActivityReport(parsed.period, parsed.previous);
  const cadence = await getSectionCadence(parsed.period, now);
  const channels = await getChannelActivity(parsed.period, parsed.previous);
  const query = reportPeriodQuery(parsed.period).toString();
  const { organisation } = env();
  return (
    <>
      <PrintToolbar
        back={{ href: `${adminPaths.reports}?${query}`, label: "Về trang báo cáo" }}
        links={[{ href: `${adminPaths.reportExcel}?${query}`, label: "Tải Excel", isDownload: true }]}
      />
      <PartyDocument
        organisation={organisation}
        symbolKind="BC"
        date={now}
        kind="BÁO CÁO"
        subject={`Kết quả hoạt động Trang thông tin điện tử ${lowerFirst(parsed.period.label)}`}
        recipients={REPORT_RECIPIENTS}
        signature={STANDING_COMMITTEE_SIGNATURE}
      >
        <PrintActivityReport report={report} cadence={cadence} organisationName={organisation.name} channels={channels} />
      </PartyDocument>
    </>
  );
}
