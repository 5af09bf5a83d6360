import "server-only";
import type { ActivityReport, ReportPeriod } from "@/lib/reports/report-types";

// CONTRACT STUB: implemented by the reports helper.
export async function getActivityReport(period: ReportPeriod, previous: ReportPeriod): Promise<ActivityReport> {
  void period;
  void previous;
  throw new Error("getActivityReport: not implemented yet");
}
