import { authorizeRoute, refusalResponse } from "@/lib/server/auth/route-access";
import { activityWorkbookBuffer } from "@/lib/server/exports/activity-workbook";
import { fileSlug } from "@/lib/exports/export-text";
import { xlsxResponse } from "@/lib/exports/xlsx-response";
import { getActivityReport } from "@/lib/server/reports/get-activity-report";
import { getChannelActivity } from "@/lib/server/reports/get-channel-activity";
import { getChannelCadence } from "@/lib/server/reports/get-channel-cadence";
import { getSectionCadence } from "@/lib/server/reports/get-section-cadence";
import { parseReportPeriod } from "@/lib/reports/report-period";
import { adminPaths } from "@/lib/admin-paths";

// GET /quan-tri/bao-cao/excel?ky=thang&nam=2026&thang=11 (the report page's
// period parameters): the activity report as bao-cao-thang-11-nam-2026.xlsx.
// A period the page refuses (upside down, over 5 years) is refused here too.
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const access = await authorizeRoute(request, "reports.read");
  if (!access.ok) return access.response;
  const now = new Date();
  const parsed = parseReportPeriod(Object.fromEntries(new URL(request.url).searchParams), now);
  if (!parsed.ok) return refusalResponse(400, parsed.message, { href: adminPaths.reports, label: "Về trang báo cáo" });
  const [report, cadence, channelActivity, channelCadence] = await Promise.all([
    getActivityReport(parsed.period, parsed.previous),
    getSectionCadence(parsed.period, now),
    getChannelActivity(parsed.period, parsed.previous),
    getChannelCadence(parsed.period, now),
  ]);
  const bytes = await activityWorkbookBuffer(report, cadence, { activity: channelActivity, cadence: channelCadence });
  return xlsxResponse(bytes, `bao-cao-${fileSlug(parsed.period.label)}.xlsx`);
}
