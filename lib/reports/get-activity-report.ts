import "server-only";
import type { DocumentType, ItemKind } from "@/lib/generated/prisma/enums";
import { getQuotaPlan } from "@/lib/quotas/get-quota-plan";
import { effectiveReferenceDate, isRunningOrFutureYear } from "@/lib/quotas/reference-date";
import { queryPeopleWithTarget, queryUnitsWithRule } from "@/lib/reports/activity-people-sql";
import { queryByKind, queryBySection, queryByUnit, queryDocuments, queryTopItems } from "@/lib/reports/activity-sql";
import { periodPlanYear } from "@/lib/reports/report-period";
import type { ActivityReport, ReportPeriod } from "@/lib/reports/report-types";

// The activity report (báo cáo hoạt động) of a period against the previous
// one: every figure is a grouped SQL query over public items first published
// in either period (lib/reports/activity-sql.ts). Items by section count once,
// in their primary section, so the sections add up to the total. Views are
// those of the items published in the period, counted to this day. Writers
// and silent units are measured against the quota plan of the year holding
// the period's last day.

/** The kinds a report lists, in order, even when none was published. */
export const REPORT_KINDS: readonly { kind: ItemKind; isInDepth: boolean }[] = [
  { kind: "NEWS", isInDepth: false },
  { kind: "ARTICLE", isInDepth: false },
  { kind: "ARTICLE", isInDepth: true },
  { kind: "PHOTO_STORY", isInDepth: false },
  { kind: "VIDEO", isInDepth: false },
];

const DOCUMENT_TYPE_ORDER: readonly DocumentType[] = [
  "RESOLUTION",
  "DIRECTIVE",
  "CONCLUSION",
  "DECISION",
  "PLAN",
  "GUIDANCE",
  "REPORT",
  "OFFICIAL_LETTER",
  "SCHEME",
];

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "vi");
const byCount = <T extends { count: number; name: string }>(a: T, b: T) => b.count - a.count || byName(a, b);

async function loadTargets(period: ReportPeriod, previous: ReportPeriod, now: Date) {
  const year = periodPlanYear(period);
  const plan = await getQuotaPlan(year);
  if (!plan) return { year, hasPlan: false, people: [], units: [] };
  const hasMinimum = (rule: { minNews: number; minArticles: number; minInDepth: number; minAny: number }) =>
    rule.minNews + rule.minArticles + rule.minInDepth + rule.minAny > 0;
  const positions = [...new Set(plan.personRules.filter(hasMinimum).map((rule) => rule.position))];
  const kinds = [...new Set(plan.unitRules.filter(hasMinimum).map((rule) => rule.unitKind))];
  const [people, units] = await Promise.all([
    queryPeopleWithTarget({
      period,
      previous,
      positions,
      referenceDate: effectiveReferenceDate(plan, year, now),
      includeInactive: !isRunningOrFutureYear(year, now),
    }),
    queryUnitsWithRule({ period, previous, kinds }),
  ]);
  return { year, hasPlan: true, people, units };
}

export async function getActivityReport(period: ReportPeriod, previous: ReportPeriod, now: Date = new Date()): Promise<ActivityReport> {
  const [kinds, sections, units, top, documents, targets] = await Promise.all([
    queryByKind(period, previous),
    queryBySection(period, previous),
    queryByUnit(period, previous),
    queryTopItems(period),
    queryDocuments(period, previous),
    loadTargets(period, previous, now),
  ]);

  const sum = (rows: readonly { count: number; previous: number }[]) => ({
    count: rows.reduce((total, row) => total + row.count, 0),
    previous: rows.reduce((total, row) => total + row.previous, 0),
  });
  const byKind = REPORT_KINDS.map(({ kind, isInDepth }) => {
    const row = kinds.find((r) => r.kind === kind && r.is_in_depth === isInDepth);
    return { kind, isInDepth, count: row?.count ?? 0, previous: row?.previous ?? 0 };
  });
  const documentsByType = DOCUMENT_TYPE_ORDER.map((type) => {
    const row = documents.find((r) => r.type === type);
    return { type, count: row?.count ?? 0, previous: row?.previous ?? 0 };
  }).filter((row) => row.count > 0 || row.previous > 0);
  const people = targets.people.map((row) => ({ userId: row.user_id, name: row.name, unitName: row.unit_name, count: row.count, previous: row.previous }));
  const ruledUnits = targets.units.map((row) => ({ unitId: row.unit_id, name: row.name, count: row.count, previous: row.previous }));

  return {
    period,
    previous,
    totals: {
      items: sum(kinds),
      views: {
        count: kinds.reduce((total, row) => total + Number(row.views), 0),
        previous: kinds.reduce((total, row) => total + Number(row.previous_views), 0),
      },
      documents: sum(documents),
      writers: { count: people.filter((p) => p.count > 0).length, previous: people.filter((p) => p.previous > 0).length },
      units: { count: ruledUnits.filter((u) => u.count > 0).length, previous: ruledUnits.filter((u) => u.previous > 0).length },
    },
    bySection: sections.map((row) => ({ sectionId: row.section_id ?? 0, name: row.name ?? "", count: row.count, previous: row.previous })),
    byKind,
    byUnit: units
      .filter((row) => row.count > 0 || row.previous > 0)
      .map((row) => ({ unitId: row.unit_id, name: row.name, kind: row.kind, count: row.count, previous: row.previous }))
      .sort(byCount),
    topItems: top.map((row) => ({
      id: row.id,
      slug: row.slug,
      title: row.title,
      publishedAt: row.published_at.toISOString(),
      views: Number(row.views),
      sectionName: row.section_name,
    })),
    writers: people
      .filter((p) => p.count > 0)
      .map(({ userId, name, unitName, count }) => ({ userId, name, unitName, count }))
      .sort(byCount),
    nonWriters: people
      .filter((p) => p.count === 0)
      .map(({ userId, name, unitName }) => ({ userId, name, unitName }))
      .sort(byName),
    unitsWrote: ruledUnits
      .filter((u) => u.count > 0)
      .map(({ unitId, name, count }) => ({ unitId, name, count }))
      .sort(byCount),
    unitsSilent: ruledUnits
      .filter((u) => u.count === 0)
      .map(({ unitId, name }) => ({ unitId, name }))
      .sort(byName),
    documentsByType,
    planYear: targets.year,
    hasPlan: targets.hasPlan,
    computedAt: now.toISOString(),
  };
}
