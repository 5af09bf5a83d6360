import "server-only";
import type { QuotaYearReport } from "@/lib/quotas/quota-types";

// CONTRACT STUB: implemented by the quota core.
export async function getQuotaYearReport(year: number, now?: Date): Promise<QuotaYearReport> {
  throw new Error("getQuotaYearReport: not implemented yet");
}
