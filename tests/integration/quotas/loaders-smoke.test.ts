// The quota loaders answer on a real database with the shapes the pages use.
import { describe, expect, it } from "vitest";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

const database = setupTestDatabase();

const load = () =>
  loadWith(
    import("@/tests/factories/quotas"),
    import("@/lib/server/quotas/get-quota-plan"),
    import("@/lib/server/quotas/get-quota-year-report"),
    import("@/lib/server/quotas/list-counted-items"),
    import("@/lib/server/quotas/get-own-progress"),
    import("@/lib/server/quotas/get-monthly-participation"),
    import("@/lib/server/quotas/get-quota-charts"),
  );

const NOW = new Date("2026-06-15T03:00:00Z");

describe(`quota loaders on ${database.kind}`, () => {
  it("report, plan, counted items and own progress agree", async () => {
    const t = await load();
    await t.createQuotaPlan({ year: 2026 });
    const grassroots = await t.createUnit({ name: "Đảng bộ Sở Thử nghiệm", kind: "GRASSROOTS" });
    const cell = await t.createUnit({ name: "Chi bộ Phòng Thử nghiệm", kind: "CELL", parentId: grassroots.id });
    const staff = await t.createUser({ name: "Nguyễn Văn Bình", unitId: cell.id, position: "STAFF" });
    await t.backdateFirstSpells();
    const section = await t.createSection({ name: "Tin hoạt động" });
    for (let n = 0; n < 3; n++) {
      await t.createPublishedItem({ authorIds: [staff.id], sectionIds: [section.id], publishedAt: new Date(`2026-0${n + 2}-10T03:00:00Z`) });
    }

    const plan = await t.getQuotaPlan(2026);
    expect(plan).toMatchObject({ year: 2026, reference: "91-KH/ĐUK", issuedOn: "2026-02-28", referenceDate: null, isArticleForNewsAllowed: false });
    expect(plan!.personRules.map((rule) => rule.position)).toEqual(["STANDING_MEMBER", "HEAD", "DEPUTY", "STAFF"]);
    expect(await t.getQuotaPlan(2019)).toBeNull();

    const report = await t.getQuotaYearReport(2026, NOW);
    expect(report.effectiveReferenceDate).toBe("2026-06-15");
    const row = report.people.find((person) => person.userId === staff.id)!;
    expect(row).toMatchObject({ name: "Nguyễn Văn Bình", position: "STAFF", unitId: cell.id, unitPathIds: [cell.id, grassroots.id] });
    expect(row.evaluation).toMatchObject({ status: "NOT_YET", done: { news: 3, total: 3 }, remaining: { news: 2 } });
    const unit = report.units.find((candidate) => candidate.unitId === grassroots.id)!;
    expect(unit).toMatchObject({ kind: "GRASSROOTS", peopleWithTarget: 1, peopleCompleted: 0 });
    expect(unit.evaluation).toMatchObject({ status: "EXCEEDED", done: { total: 3 } });
    expect(report.totals).toMatchObject({ itemsCounted: 3, peopleNotYet: 1, unitsWithTarget: 1, unitsCompleted: 1 });

    const items = await t.listCountedItems({ year: 2026, userId: staff.id });
    expect(items).toHaveLength(3);
    expect(items[0]).toMatchObject({ kind: "NEWS", isInDepth: false, sectionNames: ["Tin hoạt động"], authorNames: ["Nguyễn Văn Bình"] });

    const own = await t.getOwnQuotaProgress(staff.id, NOW);
    expect(own).toMatchObject({ year: 2026, hasPlan: true, text: "Năm 2026: còn 2 tin nữa" });

    const department = await t.createUnit({ name: "Ban Thử nghiệm", kind: "DEPARTMENT" });
    const head = await t.createUser({ name: "Trần Thị Hoa", unitId: department.id, position: "HEAD" });
    await t.backdateFirstSpells();
    await t.createPublishedItem({ kind: "ARTICLE", authorIds: [head.id], sectionIds: [section.id], publishedAt: new Date("2026-03-20T03:00:00Z") });
    const monthly = await t.getMonthlyParticipation(2026, NOW);
    expect(monthly.months).toEqual([1, 2, 3, 4, 5, 6]);
    expect(monthly.rows.find((row) => row.unitId === department.id)).toMatchObject({ minPerMonth: 1, counts: [0, 0, 1, 0, 0, 0] });

    const charts = await t.getQuotaCharts(2026, NOW);
    expect(charts.itemsPerMonth.map((month) => month.news + month.articles)).toEqual([0, 1, 2, 1, 0, 0]);
    expect(charts.itemsPerMonth[2]).toEqual({ month: 3, news: 1, articles: 1, inDepth: 0 });
    // Staff 5 + head 2 (+ the factories' own people, who hold positions too).
    expect(charts.pacePerMonth).toBeGreaterThanOrEqual(7 / 12);
    expect(charts.itemsPerSection).toEqual([{ sectionId: section.id, name: "Tin hoạt động", count: 4 }]);
    expect(charts.completionByUnit.find((unit) => unit.unitId === department.id)).toMatchObject({ completed: 0, withTarget: 1 });

    const noPlan = await t.getQuotaYearReport(2024, NOW);
    expect(noPlan.plan).toBeNull();
    expect(noPlan.people.every((person) => person.evaluation.status === "NO_TARGET")).toBe(true);
  });
});
