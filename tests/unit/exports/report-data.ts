// Hand-made quota and activity reports for the workbook and print tests:
// numbers chosen so every column differs, and evaluations made by the real
// counting rule so the rows are ones the loaders could return.
import type { Position, UnitKind } from "@/lib/generated/prisma/enums";
import { evaluateQuota } from "@/lib/quotas/counting-rule";
import type { MonthlyParticipation, PersonQuotaRow, QuotaMinimums, QuotaYearReport, UnitQuotaRow } from "@/lib/quotas/quota-types";
import type { ActivityReport, SectionCadenceRow } from "@/lib/reports/report-types";

export const RULES: Record<string, QuotaMinimums> = {
  STANDING_MEMBER: { minNews: 0, minArticles: 1, minInDepth: 1, minAny: 0 },
  HEAD: { minNews: 0, minArticles: 2, minInDepth: 0, minAny: 0 },
  DEPUTY: { minNews: 2, minArticles: 1, minInDepth: 0, minAny: 0 },
  STAFF: { minNews: 5, minArticles: 0, minInDepth: 0, minAny: 0 },
};

export function person(userId: number, name: string, position: Position, done: { news: number; articles: number; inDepth: number }, unit = { id: 10, name: "Ban Tuyên giáo" }): PersonQuotaRow {
  return {
    userId,
    name,
    position,
    unitId: unit.id,
    unitName: unit.name,
    unitPathIds: [unit.id, 1],
    isActive: true,
    evaluation: evaluateQuota(RULES[position] ?? null, done, { isArticleForNewsAllowed: false }),
  };
}

export function unit(unitId: number, name: string, kind: UnitKind, done: { news: number; articles: number; inDepth: number }, people = { withTarget: 3, completed: 1 }): UnitQuotaRow {
  return {
    unitId,
    name,
    kind,
    parentName: "Đảng ủy Khối các cơ quan tỉnh",
    evaluation: evaluateQuota({ minNews: 0, minArticles: 0, minInDepth: 0, minAny: 1 }, done, { isArticleForNewsAllowed: false }),
    peopleWithTarget: people.withTarget,
    peopleCompleted: people.completed,
  };
}

export const PEOPLE: PersonQuotaRow[] = [
  person(1, "Nguyễn Văn An", "STAFF", { news: 3, articles: 0, inDepth: 0 }),
  person(2, "Trần Thị Bình", "DEPUTY", { news: 4, articles: 2, inDepth: 0 }),
  person(3, "Lê Văn Cường", "HEAD", { news: 0, articles: 2, inDepth: 1 }, { id: 11, name: "Công đoàn Khối" }),
  person(4, "Phạm Thị Dung", "STANDING_MEMBER", { news: 0, articles: 0, inDepth: 0 }),
  person(5, "Hoàng Văn Em", "COLLABORATOR", { news: 1, articles: 0, inDepth: 0 }),
];

export const UNITS: UnitQuotaRow[] = [
  unit(20, "Đảng bộ Sở Tài chính", "GRASSROOTS", { news: 2, articles: 1, inDepth: 0 }),
  unit(21, "Đảng bộ Sở Y tế", "GRASSROOTS", { news: 0, articles: 0, inDepth: 0 }, { withTarget: 2, completed: 0 }),
];

export function quotaReport(people: PersonQuotaRow[] = PEOPLE, units: UnitQuotaRow[] = UNITS): QuotaYearReport {
  return {
    year: 2026,
    plan: {
      id: 1,
      year: 2026,
      name: "Kế hoạch hoạt động Trang thông tin điện tử năm 2026",
      reference: "91-KH/ĐUK",
      issuedOn: "2026-02-28",
      referenceDate: null,
      isArticleForNewsAllowed: false,
      personRules: [],
      unitRules: [],
    },
    effectiveReferenceDate: "2026-12-06",
    totals: { peopleWithTarget: 4, peopleCompleted: 2, peopleNotYet: 2, unitsWithTarget: 2, unitsCompleted: 1, itemsCounted: 12 },
    people,
    units,
    computedAt: "2026-12-06T07:05:00.000Z",
  };
}

export const MONTHLY: MonthlyParticipation = {
  year: 2026,
  months: [1, 2, 3],
  rows: [
    { unitId: 10, name: "Ban Tuyên giáo", kind: "DEPARTMENT", minPerMonth: 1, counts: [2, 0, 1] },
    { unitId: 11, name: "Công đoàn Khối", kind: "MASS_ORGANISATION", minPerMonth: 1, counts: [0, 0, 3] },
  ],
};

const period = (label: string, start: string, end: string) => ({ kind: "month" as const, label, start, end });

export function activityReport(): ActivityReport {
  return {
    period: period("Tháng 11 năm 2026", "2026-10-31T17:00:00.000Z", "2026-11-30T17:00:00.000Z"),
    previous: period("Tháng 10 năm 2026", "2026-09-30T17:00:00.000Z", "2026-10-31T17:00:00.000Z"),
    totals: {
      items: { count: 42, previous: 30 },
      views: { count: 12500, previous: 10000 },
      documents: { count: 3, previous: 0 },
      writers: { count: 11, previous: 12 },
      units: { count: 6, previous: 6 },
    },
    bySection: [
      { sectionId: 1, name: "Tin hoạt động", count: 30, previous: 20 },
      { sectionId: 2, name: "Theo gương Bác", count: 12, previous: 10 },
    ],
    byKind: [
      { kind: "NEWS", isInDepth: false, count: 35, previous: 25 },
      { kind: "ARTICLE", isInDepth: true, count: 7, previous: 5 },
    ],
    byUnit: [
      { unitId: 10, name: "Ban Tuyên giáo", kind: "DEPARTMENT", count: 25, previous: 18 },
      { unitId: 20, name: "Đảng bộ Sở Tài chính", kind: "GRASSROOTS", count: 17, previous: 12 },
    ],
    topItems: [
      { id: 7, slug: "hoi-nghi", title: "Hội nghị học tập Nghị quyết", publishedAt: "2026-11-02T01:00:00.000Z", views: 900, sectionName: "Tin hoạt động" },
      { id: 8, slug: "guong-sang", title: "Gương sáng làm theo Bác", publishedAt: "2026-11-30T16:30:00.000Z", views: 450, sectionName: null },
    ],
    writers: [{ userId: 1, name: "Nguyễn Văn An", unitName: "Ban Tuyên giáo", count: 4 }],
    nonWriters: [{ userId: 4, name: "Phạm Thị Dung", unitName: "Ban Tuyên giáo" }],
    unitsWrote: [{ unitId: 20, name: "Đảng bộ Sở Tài chính", count: 17 }],
    unitsSilent: [{ unitId: 21, name: "Đảng bộ Sở Y tế" }],
    documentsByType: [{ type: "PLAN", count: 3, previous: 0 }],
    planYear: 2026,
    hasPlan: true,
    computedAt: "2026-12-06T07:05:00.000Z",
  };
}

export const CADENCE: SectionCadenceRow[] = [
  { sectionId: 1, name: "Tin hoạt động", cadence: "DAILY", cadenceTarget: 1, expected: 30, published: 30, daysSinceLast: 0, longestGapDays: 2, isBehind: false },
  { sectionId: 2, name: "Theo gương Bác", cadence: "WEEKLY", cadenceTarget: 2, expected: 8, published: 5, daysSinceLast: 9, longestGapDays: 12, isBehind: true },
  { sectionId: 3, name: "Văn bản mới", cadence: "NONE", cadenceTarget: 0, expected: 0, published: 0, daysSinceLast: null, longestGapDays: 30, isBehind: false },
];
