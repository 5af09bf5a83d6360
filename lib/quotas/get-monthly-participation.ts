import "server-only";
import type { MonthlyParticipation } from "@/lib/quotas/quota-types";

// CONTRACT STUB: implemented by the quota core.
export async function getMonthlyParticipation(year: number, now?: Date): Promise<MonthlyParticipation> {
  throw new Error("getMonthlyParticipation: not implemented yet");
}
