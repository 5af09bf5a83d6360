// The activity report's numbers on a small data set whose every figure is
// known: by kind, primary section, unit at publication, views, the most-read,
// writers and silent units against the year's plan, documents, and the same
// for the previous period; Vietnam-midnight bounds; hidden statuses left out.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

vi.mock("next/cache", () => import("@/tests/setup/next-cache-passthrough"));

const database = setupTestDatabase();

const load = () =>
  loadWith(
    import("@/tests/factories/reports"),
    import("@/lib/server/reports/get-activity-report"),
    import("@/lib/reports/report-period"),
  );

const NOW = new Date("2026-07-15T03:00:00Z");
/** A Vietnam wall-clock time as an instant. */
const vn = (local: string) => new Date(`${local}+07:00`);

type Fixture = Awaited<ReturnType<typeof build>>;

async function build() {
  const t = await load();
  const department = await t.createUnit({ name: "Ban Tuyên giáo (báo cáo)", kind: "DEPARTMENT" });
  const grassroots1 = await t.createUnit({ name: "Đảng bộ Sở Y tế (báo cáo)", kind: "GRASSROOTS" });
  const cell = await t.createUnit({ name: "Chi bộ Phòng Kế hoạch (báo cáo)", kind: "CELL", parentId: grassroots1.id });
  const grassroots2 = await t.createUnit({ name: "Đảng bộ Sở Tài chính (báo cáo)", kind: "GRASSROOTS" });
  const grassroots3 = await t.createUnit({ name: "Đảng bộ Sở Xây dựng (báo cáo)", kind: "GRASSROOTS" });
  await t.createQuotaPlan({
    year: 2026,
    referenceDate: new Date("2026-06-30"),
    rules: [
      { position: "STAFF", minNews: 5 },
      { position: "HEAD", minArticles: 2 },
      { unitKind: "GRASSROOTS", minAny: 1 },
    ],
  });
  const long = new Date("2020-01-01T00:00:00Z");
  const staffA = await t.createUser({ name: "Nguyễn Văn An", unitId: department.id, position: "STAFF" });
  const staffB = await t.createUser({ name: "Trần Thị Bình", unitId: cell.id, position: "STAFF" });
  const head = await t.createUser({ name: "Lê Văn Hùng", unitId: department.id, position: "HEAD" });
  const collaborator = await t.createUser({ name: "Phạm Xuân", unitId: department.id, position: "COLLABORATOR" });
  const mover = await t.createUser({ name: "Đỗ Minh", unitId: grassroots2.id, position: "STAFF" });
  for (const [user, unitId, position] of [
    [staffA, department.id, "STAFF"],
    [staffB, cell.id, "STAFF"],
    [head, department.id, "HEAD"],
    [collaborator, department.id, "COLLABORATOR"],
  ] as const) {
    await t.setPositionHistory(user.id, [{ position, unitId, validFrom: long }]);
  }
  // Moved from the department to a grassroots committee on 1 May.
  await t.setPositionHistory(mover.id, [
    { position: "STAFF", unitId: department.id, validFrom: long },
    { position: "STAFF", unitId: grassroots2.id, validFrom: vn("2026-05-01T00:00:00") },
  ]);
  const s1 = await t.createSection({ name: "Xây dựng Đảng (báo cáo)", sortOrder: 1 });
  const s2 = await t.createSection({ name: "Theo gương Bác (báo cáo)", sortOrder: 2 });

  const item = (input: Parameters<typeof t.createItem>[0]) => t.createItem(input);
  const news1 = await item({ title: "Tin 1", authorIds: [staffA.id], sectionIds: [s1.id, s2.id], publishedAt: vn("2026-04-05T08:00:00") });
  const coAuthored = await item({
    title: "Bài chuyên sâu đồng tác giả",
    kind: "ARTICLE",
    authorIds: [staffA.id, staffB.id],
    sectionIds: [s2.id],
    publishedAt: vn("2026-04-20T08:00:00"),
  });
  await t.db.item.update({ where: { id: coAuthored.id }, data: { isInDepth: true } });
  const beforeMove = await item({ title: "Tin trước khi chuyển", authorIds: [mover.id], sectionIds: [s2.id], publishedAt: vn("2026-04-10T08:00:00") });
  await item({ title: "Tin sau khi chuyển", authorIds: [mover.id], sectionIds: [s2.id], publishedAt: vn("2026-05-10T08:00:00") });
  const lastMinute = await item({
    title: "Phóng sự ảnh phút cuối quý",
    kind: "PHOTO_STORY",
    authorIds: [collaborator.id],
    sectionIds: [s1.id],
    publishedAt: vn("2026-06-30T23:59:59"),
  });
  await item({ title: "Tin đầu quý sau", authorIds: [staffA.id], sectionIds: [s1.id], publishedAt: vn("2026-07-01T00:00:00") });
  await item({ title: "Nháp", status: "DRAFT", authorIds: [staffB.id], sectionIds: [s1.id], publishedAt: vn("2026-04-02T08:00:00") });
  await item({ title: "Đã gỡ", status: "UNPUBLISHED", authorIds: [staffB.id], sectionIds: [s1.id], publishedAt: vn("2026-04-03T08:00:00") });
  const previousNews = await item({ title: "Tin quý I", authorIds: [staffA.id], sectionIds: [s1.id], publishedAt: vn("2026-02-01T08:00:00") });
  await item({ title: "Bài cuối quý I", kind: "ARTICLE", authorIds: [head.id], sectionIds: [s2.id], publishedAt: vn("2026-03-31T23:59:00") });
  await t.setViews(news1.id, 100);
  await t.setViews(coAuthored.id, 50);
  await t.setViews(beforeMove.id, 5);
  await t.setViews(lastMinute.id, 7);
  await t.setViews(previousNews.id, 30);

  await t.createDocumentAt({ type: "PLAN", publishedAt: vn("2026-04-15T09:00:00") });
  await t.createDocumentAt({ type: "RESOLUTION", publishedAt: vn("2026-02-01T09:00:00") });
  await t.createDocumentAt({ type: "DIRECTIVE", publishedAt: vn("2026-04-16T09:00:00"), status: "DRAFT" });

  const parsed = t.parseReportPeriod({ ky: "quy", nam: "2026", quy: "2" }, NOW);
  if (!parsed.ok) throw new Error(parsed.message);
  const report = await t.getActivityReport(parsed.period, parsed.previous, NOW);
  return { t, report, units: { department, grassroots1, cell, grassroots2, grassroots3 }, people: { staffA, staffB, head, collaborator, mover }, sections: { s1, s2 }, items: { news1, coAuthored, beforeMove, lastMinute } };
}

describe(`activity report on ${database.kind}`, () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await build();
  }, 120_000);

  it("counts public items of the quarter (Vietnam midnight bounds) against the previous quarter", () => {
    expect(f.report.period.label).toBe("Quý II năm 2026");
    expect(f.report.previous.label).toBe("Quý I năm 2026");
    expect(f.report.totals.items).toEqual({ count: 5, previous: 2 });
  });

  it("counts by kind, in-depth articles apart", () => {
    const row = (kind: string, isInDepth = false) => f.report.byKind.find((r) => r.kind === kind && r.isInDepth === isInDepth);
    expect(row("NEWS")).toMatchObject({ count: 3, previous: 1 });
    expect(row("ARTICLE")).toMatchObject({ count: 0, previous: 1 });
    expect(row("ARTICLE", true)).toMatchObject({ count: 1, previous: 0 });
    expect(row("PHOTO_STORY")).toMatchObject({ count: 1, previous: 0 });
    expect(row("VIDEO")).toMatchObject({ count: 0, previous: 0 });
  });

  it("counts each item once, in its primary section, so the sections add up to the total", () => {
    const mine = f.report.bySection.filter((row) => [f.sections.s1.id, f.sections.s2.id].includes(row.sectionId));
    expect(mine).toEqual([
      { sectionId: f.sections.s1.id, name: f.sections.s1.name, count: 2, previous: 1 },
      { sectionId: f.sections.s2.id, name: f.sections.s2.name, count: 3, previous: 1 },
    ]);
    expect(f.report.bySection.reduce((sum, row) => sum + row.count, 0)).toBe(5);
  });

  it("sums the views of the quarter's items and lists the most read, unread ones left out", () => {
    expect(f.report.totals.views).toEqual({ count: 162, previous: 30 });
    expect(f.report.topItems.map((item) => [item.title, item.views])).toEqual([
      ["Tin 1", 100],
      ["Bài chuyên sâu đồng tác giả", 50],
      ["Phóng sự ảnh phút cuối quý", 7],
      ["Tin trước khi chuyển", 5],
    ]);
    expect(f.report.topItems[0]?.sectionName).toBe(f.sections.s1.name);
  });

  it("credits each author's unit at publication, once per unit", () => {
    const byUnit = Object.fromEntries(f.report.byUnit.map((row) => [row.unitId, [row.count, row.previous]]));
    expect(byUnit).toEqual({
      [f.units.department.id]: [4, 2],
      [f.units.cell.id]: [1, 0],
      [f.units.grassroots2.id]: [1, 0],
    });
    expect(f.report.byUnit[0]).toMatchObject({ unitId: f.units.department.id, kind: "DEPARTMENT" });
  });

  it("names the writers and non-writers among people with a personal target in the year's plan", () => {
    expect(f.report.writers).toEqual([
      // Most items first, then by name in Vietnamese order (Đ after D, before N).
      { userId: f.people.mover.id, name: "Đỗ Minh", unitName: f.units.grassroots2.name, count: 2 },
      { userId: f.people.staffA.id, name: "Nguyễn Văn An", unitName: f.units.department.name, count: 2 },
      { userId: f.people.staffB.id, name: "Trần Thị Bình", unitName: f.units.cell.name, count: 1 },
    ]);
    expect(f.report.nonWriters).toEqual([{ userId: f.people.head.id, name: "Lê Văn Hùng", unitName: f.units.department.name }]);
    expect(f.report.totals.writers).toEqual({ count: 3, previous: 2 });
    expect(f.report.planYear).toBe(2026);
    expect(f.report.hasPlan).toBe(true);
  });

  it("says which units with a rule wrote (their sub-units' items included) and which stayed silent", () => {
    expect(f.report.unitsWrote).toEqual([
      { unitId: f.units.grassroots2.id, name: f.units.grassroots2.name, count: 1 },
      { unitId: f.units.grassroots1.id, name: f.units.grassroots1.name, count: 1 },
    ]);
    expect(f.report.unitsSilent).toEqual([{ unitId: f.units.grassroots3.id, name: f.units.grassroots3.name }]);
    expect(f.report.totals.units).toEqual({ count: 2, previous: 0 });
  });

  it("counts published documents by type, drafts left out", () => {
    expect(f.report.documentsByType).toEqual([
      { type: "RESOLUTION", count: 0, previous: 1 },
      { type: "PLAN", count: 1, previous: 0 },
    ]);
    expect(f.report.totals.documents).toEqual({ count: 1, previous: 1 });
  });

  it("gives zeros, every visible section and no writers for an empty period without a plan", async () => {
    const parsed = f.t.parseReportPeriod({ ky: "nam", nam: "2030" }, NOW);
    if (!parsed.ok) throw new Error(parsed.message);
    const empty = await f.t.getActivityReport(parsed.period, parsed.previous, NOW);
    expect(empty.totals.items).toEqual({ count: 0, previous: 0 });
    expect(empty.bySection.map((row) => row.count)).toEqual(empty.bySection.map(() => 0));
    expect(empty.bySection.length).toBeGreaterThanOrEqual(2);
    expect(empty).toMatchObject({ byUnit: [], topItems: [], writers: [], nonWriters: [], documentsByType: [], hasPlan: false, planYear: 2030 });
  });
});
