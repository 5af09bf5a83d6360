import { describe, expect, it } from "vitest";
import { buildQuotaReport, treeOrder, unitPaths } from "@/lib/quotas/build-quota-report";
import { completionByUnit, pacePerMonth } from "@/lib/quotas/quota-charts-maths";
import type { QuotaPlanView } from "@/lib/quotas/quota-types";

const UNITS = [
  { id: 1, name: "Đảng ủy Khối", kind: "COMMITTEE" as const, parentId: null, sortOrder: 0, isActive: true },
  { id: 3, name: "Đảng bộ Sở Y tế", kind: "GRASSROOTS" as const, parentId: 1, sortOrder: 2, isActive: true },
  { id: 2, name: "Ban Tuyên giáo", kind: "DEPARTMENT" as const, parentId: 1, sortOrder: 1, isActive: true },
  { id: 4, name: "Chi bộ Phòng Nghiệp vụ Y", kind: "CELL" as const, parentId: 3, sortOrder: 1, isActive: true },
  { id: 5, name: "Đảng bộ Sở cũ", kind: "GRASSROOTS" as const, parentId: 1, sortOrder: 3, isActive: false },
];
const rule = (id: number, minimums: Partial<Record<"minNews" | "minArticles" | "minInDepth" | "minAny", number>>) => ({
  id,
  note: null,
  minNews: 0,
  minArticles: 0,
  minInDepth: 0,
  minAny: 0,
  ...minimums,
});
const PLAN: QuotaPlanView = {
  id: 1,
  year: 2026,
  name: "Kế hoạch",
  reference: "91-KH/ĐUK",
  issuedOn: "2026-02-28",
  referenceDate: null,
  isArticleForNewsAllowed: false,
  personRules: [
    { ...rule(1, { minNews: 5 }), position: "STAFF" },
    { ...rule(2, { minArticles: 1, minNews: 2 }), position: "DEPUTY" },
  ],
  unitRules: [
    { ...rule(3, { minAny: 1 }), unitKind: "GRASSROOTS", period: "YEAR" },
    { ...rule(4, { minAny: 1 }), unitKind: "DEPARTMENT", period: "MONTH" },
  ],
};
const person = (userId: number, name: string, position: "STAFF" | "DEPUTY" | "COLLABORATOR", unitId: number, news: number, articles = 0) => ({
  userId,
  name,
  isActive: true,
  position,
  unitId,
  counts: { news, articles, inDepth: 0 },
});
const PEOPLE = [
  person(1, "Vũ Thị Hồng Nhung", "STAFF", 2, 6),
  person(2, "Bùi Thị Ngọc Hân", "DEPUTY", 3, 2, 1),
  person(3, "Võ Thanh Phong", "STAFF", 4, 1),
  person(4, "Lò Văn Thắm", "COLLABORATOR", 4, 3),
];
const build = (plan: QuotaPlanView | null, includeInactive = false) =>
  buildQuotaReport({
    year: 2026,
    plan,
    referenceDate: "2026-05-10",
    people: PEOPLE,
    unitCounts: new Map([[3, { news: 5, articles: 1, inDepth: 0 }]]),
    units: UNITS,
    itemsCounted: 9,
    includeInactive,
    now: new Date("2026-05-10T03:00:00Z"),
  });

describe("the unit tree", () => {
  it("gives each unit its path up and lists parents before children by sort order", () => {
    expect(unitPaths(UNITS).get(4)).toEqual([4, 3, 1]);
    expect(unitPaths(UNITS).get(1)).toEqual([1]);
    expect(treeOrder(UNITS).map((unit) => unit.id)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("buildQuotaReport", () => {
  it("evaluates people and the units with a yearly rule, with totals", () => {
    const report = build(PLAN);
    expect(report.people.map((row) => [row.name, row.evaluation.status])).toEqual([
      ["Bùi Thị Ngọc Hân", "COMPLETED"],
      ["Lò Văn Thắm", "NO_TARGET"],
      ["Võ Thanh Phong", "NOT_YET"],
      ["Vũ Thị Hồng Nhung", "EXCEEDED"],
    ]);
    expect(report.people.find((row) => row.userId === 3)).toMatchObject({ unitName: "Chi bộ Phòng Nghiệp vụ Y", unitPathIds: [4, 3, 1] });
    // Only active grassroots units (the yearly rule's kind) while the year runs.
    expect(report.units.map((unit) => unit.unitId)).toEqual([3]);
    expect(report.units[0]).toMatchObject({ parentName: "Đảng ủy Khối", peopleWithTarget: 2, peopleCompleted: 1, evaluation: { status: "EXCEEDED" } });
    expect(report.totals).toEqual({ peopleWithTarget: 3, peopleCompleted: 2, peopleNotYet: 1, unitsWithTarget: 1, unitsCompleted: 1, itemsCounted: 9 });
    expect(build(PLAN, true).units.map((unit) => unit.unitId)).toEqual([3, 5]);
    expect(build(PLAN, true).units[1]!.evaluation).toMatchObject({ status: "NOT_YET", remaining: { any: 1 } });
  });

  it("without a plan: every status NO_TARGET and no unit rows", () => {
    const report = build(null);
    expect(report.plan).toBeNull();
    expect(report.people.every((row) => row.evaluation.status === "NO_TARGET")).toBe(true);
    expect(report.units).toEqual([]);
    expect(report.totals).toMatchObject({ peopleWithTarget: 0, peopleCompleted: 0, itemsCounted: 9 });
  });

  it("feeds the charts: completion per own unit and the pace the targets need", () => {
    const report = build(PLAN);
    expect(completionByUnit(report)).toEqual([
      { unitId: 2, name: "Ban Tuyên giáo", completed: 1, withTarget: 1 },
      { unitId: 3, name: "Đảng bộ Sở Y tế", completed: 1, withTarget: 1 },
      { unitId: 4, name: "Chi bộ Phòng Nghiệp vụ Y", completed: 0, withTarget: 1 },
    ]);
    // Staff 5 + deputy 3 + staff 5 = 13 items over 12 months.
    expect(pacePerMonth(report)).toBeCloseTo(13 / 12);
  });
});
