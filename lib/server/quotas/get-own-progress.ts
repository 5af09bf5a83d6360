import "server-only";
import { evaluateQuota } from "@/lib/quotas/counting-rule";
import { getQuotaPlan } from "@/lib/server/quotas/get-quota-plan";
import { loadHeldPositions, loadPeopleCounts } from "@/lib/server/quotas/load-quota-counts";
import { ownProgressText } from "@/lib/quotas/own-progress-text";
import type { OwnQuotaProgress } from "@/lib/quotas/quota-types";
import { quotaYear } from "@/lib/quotas/quota-year";
import { effectiveReferenceDate } from "@/lib/quotas/reference-date";

/**
 * One person's progress this year, counted exactly as the year report counts
 * it (same queries, same reference date): "Năm 2026: còn 3 tin nữa".
 */
export async function getOwnQuotaProgress(userId: number, now: Date = new Date()): Promise<OwnQuotaProgress> {
  const { year } = quotaYear(now);
  const plan = await getQuotaPlan(year);
  const referenceDate = effectiveReferenceDate(plan, year, now);
  const [[person], written] = await Promise.all([
    loadHeldPositions({ referenceDate, includeInactive: true, userId }),
    loadPeopleCounts(year, userId),
  ]);
  const rule = person ? (plan?.personRules.find((candidate) => candidate.position === person.position) ?? null) : null;
  const counts = written.get(userId) ?? { news: 0, articles: 0, inDepth: 0 };
  const evaluation = evaluateQuota(rule, counts, { isArticleForNewsAllowed: plan?.isArticleForNewsAllowed ?? false });
  const text = ownProgressText({ year, hasPlan: plan !== null, position: person?.position ?? null, evaluation });
  return { year, hasPlan: plan !== null, evaluation, text };
}
