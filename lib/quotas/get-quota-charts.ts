import "server-only";
import type { QuotaChartData } from "@/lib/quotas/quota-types";

// CONTRACT STUB: implemented by the quota core.
export async function getQuotaCharts(year: number, now?: Date): Promise<QuotaChartData> {
  throw new Error("getQuotaCharts: not implemented yet");
}
