import "server-only";
import type { CountedItem } from "@/lib/quotas/quota-types";

// CONTRACT STUB: implemented by the quota core.
export async function listCountedItems(input: { year: number; userId: number }): Promise<CountedItem[]> {
  throw new Error("listCountedItems: not implemented yet");
}
