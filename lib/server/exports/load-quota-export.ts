import "server-only";
import { countingRuleText } from "@/lib/quotas/counting-rule";
import { getQuotaYearReport } from "@/lib/server/quotas/get-quota-year-report";
import { filterPersonRows, parseQuotaFilter } from "@/lib/quotas/quota-filter";
import type { PersonQuotaRow, QuotaFilter, QuotaYearReport } from "@/lib/quotas/quota-types";
import { getUnit } from "@/lib/server/units/get-unit";
import { quotaFilterText } from "@/lib/exports/quota-filter-text";

type SearchParams = Record<string, string | string[] | undefined>;

export type QuotaExport = {
  filter: QuotaFilter;
  report: QuotaYearReport;
  /** Every person row after the dashboard's filters and sort (no paging). */
  people: PersonQuotaRow[];
  filterText: string | null;
  countingRule: string[];
};

/** What the quota exports (Excel, printed report) show for the dashboard's URL parameters. */
export async function loadQuotaExport(params: SearchParams, now: Date = new Date()): Promise<QuotaExport> {
  const filter = parseQuotaFilter(params, now);
  const [report, unit] = await Promise.all([getQuotaYearReport(filter.year, now), filter.unitId ? getUnit(filter.unitId) : null]);
  return {
    filter,
    report,
    people: filterPersonRows(report.people, filter),
    filterText: quotaFilterText(filter, unit?.name ?? null),
    countingRule: countingRuleText(report.plan),
  };
}
