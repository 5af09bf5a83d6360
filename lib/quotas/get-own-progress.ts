import "server-only";
import type { OwnQuotaProgress } from "@/lib/quotas/quota-types";

// CONTRACT STUB: implemented by the quota core.
export async function getOwnQuotaProgress(userId: number, now?: Date): Promise<OwnQuotaProgress> {
  throw new Error("getOwnQuotaProgress: not implemented yet");
}
