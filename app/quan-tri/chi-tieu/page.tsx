import type { Metadata } from "next";
import { PageHeading } from "@/components/admin/page-heading";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { ComputedAt } from "@/components/quotas/computed-at";
import { NoPlanNotice } from "@/components/quotas/no-plan-notice";
import { PersonQuotaTable } from "@/components/quotas/person-quota-table";
import { QuotaCharts } from "@/components/quotas/quota-charts";
import { QuotaFilterForm } from "@/components/quotas/quota-filter-form";
import { QuotaPlanBox } from "@/components/quotas/quota-plan-box";
import { QuotaReportLinks } from "@/components/quotas/quota-report-links";
import { QuotaTotals } from "@/components/quotas/quota-totals";
import { QuotaYearPicker } from "@/components/quotas/quota-year-picker";
import { UnitQuotaTable } from "@/components/quotas/unit-quota-table";
import { requireCapability } from "@/lib/server/auth/require-user";
import { can } from "@/lib/auth/permissions";
import { adminPaths } from "@/lib/admin-paths";
import { vietnamYear } from "@/lib/content/dates";
import { getQuotaCharts } from "@/lib/server/quotas/get-quota-charts";
import { getQuotaYearReport } from "@/lib/server/quotas/get-quota-year-report";
import { previousPlanYear } from "@/lib/server/quotas/list-quota-plans";
import { filterPersonRows, pagePersonRows, parseQuotaFilter, quotaFilterQuery } from "@/lib/quotas/quota-filter";
import type { QuotaFilter, QuotaYearReport } from "@/lib/quotas/quota-types";

export const metadata: Metadata = { title: "Chỉ tiêu tin, bài" };

// No loading.tsx here on purpose: its Suspense boundary streams the page in
// behind a script, so with JavaScript off the reader would keep the
// placeholder (tests/e2e/quotas/dashboard.spec.ts reads the page that way).

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const dashboardHref = (filter: QuotaFilter, hash = "") => `${adminPaths.quotas}?${quotaFilterQuery(filter, { withPage: true })}${hash}`;

/** The units the person filter offers: every unit of a person or with a target, A→Z. */
function unitOptions(report: QuotaYearReport) {
  const names = new Map<number, string>();
  for (const unit of report.units) names.set(unit.unitId, unit.name);
  for (const person of report.people) names.set(person.unitId, person.unitName);
  return [...names]
    .sort((a, b) => a[1].localeCompare(b[1], "vi"))
    .map(([id, name]) => ({ value: String(id), label: name }));
}

export default async function QuotaDashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireCapability("quotas.read");
  const now = new Date();
  const filter = parseQuotaFilter(await searchParams, now);
  // The charts' own queries run beside the report's (they share its result).
  const reportLoad = getQuotaYearReport(filter.year, now);
  const chartsLoad = getQuotaCharts(filter.year, now, reportLoad);
  chartsLoad.catch(() => undefined); // awaited below, or dropped when there is no plan
  const report = await reportLoad;
  const heading = (
    <PageHeading title={`Chỉ tiêu tin, bài năm ${filter.year}`} description="Kết quả thực hiện chỉ tiêu viết tin, bài cho Trang thông tin điện tử của từng người và từng đơn vị.">
      <QuotaYearPicker year={filter.year} currentYear={vietnamYear(now)} action={adminPaths.quotas} />
    </PageHeading>
  );

  if (!report.plan) {
    // The plan is created as a copy of the latest earlier one, whatever its year.
    const previous = await previousPlanYear(filter.year);
    return (
      <div className="space-y-4">
        {heading}
        <NoPlanNotice year={filter.year} canManage={can(user, "quota-rules.manage")} hasPreviousYear={previous !== null} />
      </div>
    );
  }

  const charts = await chartsLoad;
  const matching = filterPersonRows(report.people, filter);
  const { rows, total, page, pageCount } = pagePersonRows(matching, filter.page);
  const query = quotaFilterQuery(filter);
  const isFiltered = Boolean(filter.unitId || filter.position || filter.status || filter.q);
  const firstPage = { ...filter, page: 1 };
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        {heading}
        <ComputedAt at={report.computedAt} />
        <QuotaReportLinks year={filter.year} filterQuery={query} />
      </div>
      <QuotaPlanBox plan={report.plan} effectiveReferenceDate={report.effectiveReferenceDate} />

      <section aria-labelledby="tong-hop" className="space-y-3">
        <h2 id="tong-hop" className="text-lg font-bold text-stone-900">
          Tổng hợp
        </h2>
        <QuotaTotals totals={report.totals} notYetHref={dashboardHref({ ...firstPage, status: "NOT_YET" }, "#ca-nhan")} />
      </section>

      <QuotaCharts data={charts} />

      <section aria-labelledby="don-vi" className="space-y-3">
        <h2 id="don-vi" className="text-lg font-bold text-stone-900">
          Theo đơn vị
        </h2>
        <UnitQuotaTable units={report.units} year={filter.year} unitHref={(unitId) => dashboardHref({ ...firstPage, unitId }, "#ca-nhan")} />
      </section>

      <section aria-labelledby="ca-nhan" className="space-y-3">
        <h2 id="ca-nhan" className="scroll-mt-4 text-lg font-bold text-stone-900">
          Theo từng người
        </h2>
        <QuotaFilterForm filter={filter} units={unitOptions(report)} resetHref={`${adminPaths.quotas}?nam=${filter.year}#ca-nhan`} />
        <p className="text-sm text-stone-700" aria-live="polite">
          {isFiltered ? `Tìm thấy ${total} người phù hợp.` : `Tổng cộng ${total} người.`}
        </p>
        {rows.length === 0 ? (
          <EmptyState>{isFiltered ? "Không có ai phù hợp với điều kiện lọc." : `Chưa có ai giữ chức vụ được giao chỉ tiêu năm ${filter.year}.`}</EmptyState>
        ) : (
          <PersonQuotaTable
            rows={rows}
            year={filter.year}
            sort={filter}
            sortHref={(next) => dashboardHref({ ...firstPage, ...next }, "#ca-nhan")}
            personHref={(userId) => `${adminPaths.quotaPerson(userId)}?nam=${filter.year}`}
          />
        )}
        <Pagination page={page} pageCount={pageCount} hrefFor={(p) => dashboardHref({ ...filter, page: p }, "#ca-nhan")} label="Phân trang danh sách cá nhân" />
      </section>
    </div>
  );
}
