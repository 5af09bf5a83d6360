import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeading } from "@/components/admin/page-heading";
import { PeriodForm } from "@/components/reports/period-form";
import { ReportBody, ReportBodyLoading } from "@/components/reports/report-body";
import { requireCapability } from "@/lib/server/auth/require-user";
import { vietnamYear } from "@/lib/content/dates";
import { parseReportPeriod, periodFormValues, readPeriodForm, reportPeriodQuery } from "@/lib/reports/report-period";

export const metadata: Metadata = { title: "Báo cáo hoạt động" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// The permission check and the period come first, outside the Suspense
// boundary: a refusal is a real 403 before anything is streamed, and the
// figures stream in behind a placeholder once counted.
export default async function ReportPage({ searchParams }: { searchParams: SearchParams }) {
  await requireCapability("reports.read");
  const params = await searchParams;
  const now = new Date();
  const parsed = parseReportPeriod(params, now);
  return (
    <div className="space-y-6">
      <PageHeading
        title="Báo cáo hoạt động"
        description="Số tin, bài đã đăng theo chuyên mục, loại và đơn vị, lượt xem, người viết, văn bản và nhịp đăng bài của một kỳ, so với kỳ trước."
      />
      <PeriodForm values={parsed.ok ? periodFormValues(parsed.period) : readPeriodForm(params)} thisYear={vietnamYear(now)} />
      {parsed.ok ? (
        <Suspense key={reportPeriodQuery(parsed.period).toString()} fallback={<ReportBodyLoading label={parsed.period.label} />}>
          <ReportBody period={parsed.period} previous={parsed.previous} now={now} />
        </Suspense>
      ) : (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-4 py-3 text-red-900">
          {parsed.message}
        </p>
      )}
    </div>
  );
}
