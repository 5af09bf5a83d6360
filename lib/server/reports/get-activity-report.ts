import "server-only";
import { cachedByDay } from "@/lib/server/cached-by-day";
import type { DocumentType, ItemKind } from "@/lib/generated/prisma/enums";
import { getQuotaPlan } from "@/lib/server/quotas/get-quota-plan";
import { effectiveReferenceDate, isRunningOrFutureYear } from "@/lib/quotas/reference-date";
import { queryAuthorDimensions } from "@/lib/server/reports/activity-people-sql";
import { queryDocuments, queryItemDimensions, querySections, queryTopItems } from "@/lib/server/reports/activity-sql";
import { periodPlanYear } from "@/lib/reports/report-period";
import type { ActivityReport, ReportPeriod } from "@/lib/reports/report-types";

// The activity report (báo cáo hoạt động) of a period against the previous
// one: every figure is a grouped SQL query over public items first published
// in either period (lib/server/reports/activity-sql.ts). Items by section count once,
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

const hasMinimum = (rule: { minNews: number; minArticles: number; minInDepth: number; minAny: number }) =>
  rule.minNews + rule.minArticles + rule.minInDepth + rule.minAny > 0;

/** Counts by author, unit and ruled unit, against the plan of the year holding the period's last day. */
async function loadAuthorDimensions(period: ReportPeriod, previous: ReportPeriod, now: Date) {
  const year = periodPlanYear(period);
  const plan = await getQuotaPlan(year);
  const rows = await queryAuthorDimensions({
    period,
    previous,
    positions: [...new Set((plan?.personRules ?? []).filter(hasMinimum).map((rule) => rule.position))],
    kinds: [...new Set((plan?.unitRules ?? []).filter(hasMinimum).map((rule) => rule.unitKind))],
    referenceDate: effectiveReferenceDate(plan, year, now),
    includeInactive: !isRunningOrFutureYear(year, now),
  });
  return { year, hasPlan: plan !== null, rows };
}

/**
 * The activity report of a period against the one before it, as of `now`.
 * Served from the data cache while nothing it counts changes
 * (lib/server/cached-by-day.ts); views are then at most PUBLIC_CACHE_SECONDS old.
 */
export function getActivityReport(period: ReportPeriod, previous: ReportPeriod, now: Date = new Date()): Promise<ActivityReport> {
  return cachedActivityReport(now, JSON.stringify(period), JSON.stringify(previous));
}

const cachedActivityReport = cachedByDay("activity-report", (now: Date, period: string, previous: string) =>
  computeActivityReport(JSON.parse(period) as ReportPeriod, JSON.parse(previous) as ReportPeriod, now),
);

async function computeActivityReport(period: ReportPeriod, previous: ReportPeriod, now: Date): Promise<ActivityReport> {
  const [items, sectionList, top, documents, authors] = await Promise.all([
    queryItemDimensions(period, previous),
    querySections(),
    queryTopItems(period),
    queryDocuments(period, previous),
    loadAuthorDimensions(period, previous, now),
  ]);
  const kinds = items.filter((row) => row.by_kind);
  const bySectionId = new Map(items.filter((row) => !row.by_kind).map((row) => [row.section_id ?? 0, row]));
  const unitRows = authors.rows.filter((row) => row.dimension === "unit");
  const ruledRows = authors.rows.filter((row) => row.dimension === "ruled");
  const personRows = authors.rows.filter((row) => row.dimension === "person");

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
  const people = personRows.map((row) => ({ userId: row.key, name: row.name, unitName: row.unit_name ?? "", count: row.count, previous: row.previous }));
  const ruledUnits = ruledRows.map((row) => ({ unitId: row.key, name: row.name, count: row.count, previous: row.previous }));
  const counted = (id: number) => bySectionId.get(id) ?? { count: 0, previous: 0 };
  const bySection = [
    ...sectionList
      .filter((section) => section.is_visible || bySectionId.has(section.id))
      .map((section) => ({ sectionId: section.id, name: section.name, count: counted(section.id).count, previous: counted(section.id).previous })),
    ...(bySectionId.has(0) ? [{ sectionId: 0, name: "", count: counted(0).count, previous: counted(0).previous }] : []),
  ];

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
    bySection,
    byKind,
    byUnit: unitRows
      .filter((row) => row.count > 0 || row.previous > 0)
      .map((row) => ({ unitId: row.key, name: row.name, kind: row.kind!, count: row.count, previous: row.previous }))
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
    planYear: authors.year,
    hasPlan: authors.hasPlan,
    computedAt: now.toISOString(),
  };
}
