import "server-only";
import type { QuotaPlanView } from "@/lib/quotas/quota-types";

// CONTRACT STUB: implemented by the quota core.
export async function getQuotaPlan(_year: number): Promise<QuotaPlanView | null> {
  throw new Error("getQuotaPlan: not implemented yet");
}
