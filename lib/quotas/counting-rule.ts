import type { ItemKind } from "@/lib/generated/prisma/enums";
import type { KindCounts, QuotaEvaluation, QuotaMinimums } from "@/lib/quotas/quota-types";

// THE counting rule of the quota report, written once: the SQL that counts
// (lib/quotas/*) follows it, the pure evaluation below applies it, and the
// report prints COUNTING_RULE_TEXT so every reader knows what a number means.
// Pure: no database, no clock. CONTRACT STUB: implemented by the quota core.

/** The rule in plain Vietnamese, one sentence per line, shown on the dashboard, the printed report and the Excel note row. */
export const COUNTING_RULE_TEXT: readonly string[] = [];

/** Which count an item adds to: photo stories and videos count as news; an in-depth article is an article (and in-depth). */
export function countBucket(kind: ItemKind, isInDepth: boolean): { news: number; articles: number; inDepth: number } {
  void kind;
  void isInDepth;
  throw new Error("not implemented yet");
}

/** Applies a rule's minimums to what was done. */
export function evaluateQuota(
  minimums: QuotaMinimums | null,
  done: KindCounts,
  options: { isArticleForNewsAllowed: boolean },
): QuotaEvaluation {
  void minimums;
  void done;
  void options;
  throw new Error("not implemented yet");
}
