import { vietnamYear } from "@/lib/content/dates";
import { vietnamIsoDate } from "@/lib/quotas/quota-year";

// Whose position sets a person's target: the one held on the plan's
// reference date; a plan without one uses today while its year runs, and
// 31 December once it is over (or before it starts). Pure.

/** yyyy-mm-dd, Vietnam time. */
export function effectiveReferenceDate(plan: { referenceDate: string | null } | null, year: number, now: Date): string {
  if (plan?.referenceDate) return plan.referenceDate;
  return year === vietnamYear(now) ? vietnamIsoDate(now) : `${year}-12-31`;
}

/** Whether a year's people list is limited to active people (the running year and later ones). */
export const isRunningOrFutureYear = (year: number, now: Date) => year >= vietnamYear(now);
