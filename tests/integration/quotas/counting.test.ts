// The counting rule against a real database: publishing, unpublishing and
// republishing through the workflow move the counts; the Vietnam year's
// edges; co-authors; position changes; a person in two roles.
import { describe, expect, it, vi } from "vitest";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

vi.mock("next/cache", () => import("@/tests/setup/next-cache-passthrough"));

const database = setupTestDatabase();

const load = () =>
  loadWith(
    import("@/tests/factories/quotas"),
    import("@/lib/server/workflow/move-item"),
    import("@/lib/server/quotas/get-quota-year-report"),
    import("@/lib/server/quotas/list-counted-items"),
    import("@/lib/server/quotas/get-own-progress"),
  );
type T = Awaited<ReturnType<typeof load>>;

const NOW = new Date("2026-03-02T02:00:00Z");

async function personRow(t: T, year: number, userId: number, now = NOW) {
  const report = await t.getQuotaYearReport(year, now);
  return report.people.find((person) => person.userId === userId);
}

describe(`quota counting on ${database.kind}`, () => {
  it("a publish raises the count, an unpublish lowers it, a republish restores it in the year of first publication", async () => {
    const t = await load();
    await t.createQuotaPlan({ year: 2026 });
    const cast = await t.createWorkflowCast();
    await t.backdateFirstSpells();
    const item = await t.createItem({ status: "FORWARDED", authorIds: [cast.author.id], createdById: cast.author.id, publishedAt: null });
    expect((await personRow(t, 2026, cast.author.id))!.evaluation.done.total).toBe(0);

    await t.moveItem({ actor: cast.board, itemId: item.id, move: "publish", now: NOW });
    expect((await personRow(t, 2026, cast.author.id))!.evaluation).toMatchObject({ done: { news: 1, total: 1 }, remaining: { news: 4 } });
    expect((await t.getOwnQuotaProgress(cast.author.id, NOW)).text).toBe("Năm 2026: còn 4 tin nữa");

    await t.moveItem({ actor: cast.board, itemId: item.id, move: "unpublish", note: "Cần xác minh.", now: new Date(NOW.getTime() + 3_600_000) });
    expect((await personRow(t, 2026, cast.author.id))!.evaluation.done.total).toBe(0);
    expect(await t.listCountedItems({ year: 2026, userId: cast.author.id })).toEqual([]);

    // Republished a year later: it counts again, in 2026, where it was first published.
    const nextYear = new Date("2027-02-01T02:00:00Z");
    await t.moveItem({ actor: cast.board, itemId: item.id, move: "republish", now: nextYear });
    expect((await personRow(t, 2026, cast.author.id, nextYear))!.evaluation.done.total).toBe(1);
    expect((await personRow(t, 2027, cast.author.id, nextYear))!.evaluation.done.total).toBe(0);
    const [counted] = await t.listCountedItems({ year: 2026, userId: cast.author.id });
    expect(counted).toMatchObject({ id: item.id, publishedAt: NOW.toISOString() });
  });

  it("31 December 23:30 counts for that year, 1 January 00:30 for the next (Vietnam time)", async () => {
    const t = await load();
    const author = await t.createUser({ position: "STAFF" });
    await t.backdateFirstSpells();
    const late = await t.createPublishedItem({ authorIds: [author.id], publishedAt: new Date("2025-12-31T16:30:00Z") });
    const early = await t.createPublishedItem({ authorIds: [author.id], publishedAt: new Date("2025-12-31T17:30:00Z") });
    expect((await t.listCountedItems({ year: 2025, userId: author.id })).map((item) => item.id)).toEqual([late.id]);
    expect((await t.listCountedItems({ year: 2026, userId: author.id })).map((item) => item.id)).toEqual([early.id]);
    expect((await personRow(t, 2025, author.id))!.evaluation.done.total).toBe(1);
    expect((await personRow(t, 2026, author.id))!.evaluation.done.total).toBe(1);
  });

  it("co-authors each count the item; their unit counts it once; scheduled, draft and unpublished items never count", async () => {
    const t = await load();
    await t.createQuotaPlan({ year: 2026 });
    const grassroots = await t.createUnit({ kind: "GRASSROOTS" });
    const cell = await t.createUnit({ kind: "CELL", parentId: grassroots.id });
    const first = await t.createUser({ unitId: grassroots.id, position: "STAFF" });
    const second = await t.createUser({ unitId: cell.id, position: "DEPUTY" });
    await t.backdateFirstSpells();
    const itemsBefore = (await t.getQuotaYearReport(2026, NOW)).totals.itemsCounted;
    const at = new Date("2026-02-10T03:00:00Z");
    await t.createPublishedItem({ kind: "ARTICLE", authorIds: [first.id, second.id], publishedAt: at });
    await t.createPublishedItem({ kind: "PHOTO_STORY", authorIds: [second.id], publishedAt: at });
    await t.createItem({ status: "SCHEDULED", authorIds: [first.id], publishedAt: null });
    await t.createItem({ status: "DRAFT", authorIds: [first.id], publishedAt: null });
    await t.createItem({ status: "UNPUBLISHED", authorIds: [first.id, second.id], publishedAt: at });

    const report = await t.getQuotaYearReport(2026, NOW);
    const row = (id: number) => report.people.find((person) => person.userId === id)!.evaluation;
    expect(row(first.id).done).toEqual({ news: 0, articles: 1, inDepth: 0, total: 1 });
    expect(row(second.id).done).toEqual({ news: 1, articles: 1, inDepth: 0, total: 2 });
    const unit = report.units.find((candidate) => candidate.unitId === grassroots.id)!;
    expect(unit.evaluation.done).toEqual({ news: 1, articles: 1, inDepth: 0, total: 2 });
    expect(unit.evaluation.status).toBe("EXCEEDED");
    expect(unit).toMatchObject({ peopleWithTarget: 2, peopleCompleted: 0 });
    expect(report.totals.itemsCounted - itemsBefore).toBe(2);
  });

  it("a position change during the year (the users row, through its trigger) leaves last year's target and changes this year's", async () => {
    const t = await load();
    const now = new Date();
    const year = Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Asia/Ho_Chi_Minh" }).format(now));
    await t.createQuotaPlan({ year });
    await t.createQuotaPlan({ year: year - 1 });
    const department = await t.createUnit({ kind: "DEPARTMENT" });
    const person = await t.createUser({ unitId: department.id, position: "STAFF" });
    await t.backdateFirstSpells();
    const before = (await personRow(t, year, person.id, now))!;
    expect(before).toMatchObject({ position: "STAFF", evaluation: { target: { minNews: 5 } } });

    await t.db.user.update({ where: { id: person.id }, data: { position: "DEPUTY" } });
    const spells = await t.db.positionSpell.findMany({ where: { userId: person.id }, orderBy: { validFrom: "asc" } });
    expect(spells.map((spell) => spell.position)).toEqual(["STAFF", "DEPUTY"]);

    const lastYear = (await personRow(t, year - 1, person.id, now))!;
    expect(lastYear).toMatchObject({ position: "STAFF", evaluation: { target: { minNews: 5, minArticles: 0 } } });
    const thisYear = (await personRow(t, year, person.id, now))!;
    expect(thisYear).toMatchObject({ position: "DEPUTY", evaluation: { target: { minNews: 2, minArticles: 1 } } });
  });

  it("the plan's reference date decides which position sets the target", async () => {
    const t = await load();
    await t.createQuotaPlan({ year: 2026, referenceDate: new Date("2026-06-30") });
    const unit = await t.createUnit({ kind: "DEPARTMENT" });
    const person = await t.createUser({ unitId: unit.id, position: "HEAD" });
    await t.setPositionHistory(person.id, [
      { position: "STAFF", unitId: unit.id, from: new Date("2020-01-01T00:00:00Z") },
      // Promoted during 30 June (Vietnam time): held on the reference date.
      { position: "DEPUTY", unitId: unit.id, from: new Date("2026-06-30T10:00:00Z") },
      { position: "HEAD", unitId: unit.id, from: new Date("2026-07-01T01:00:00Z") },
    ]);
    const report = await t.getQuotaYearReport(2026, new Date("2026-09-01T00:00:00Z"));
    expect(report.effectiveReferenceDate).toBe("2026-06-30");
    expect(report.people.find((row) => row.userId === person.id)!.position).toBe("DEPUTY");
  });

  it("a person in two roles is one row and counts each item once", async () => {
    const t = await load();
    await t.createQuotaPlan({ year: 2026 });
    const writer = await t.createUser({ position: "HEAD", roles: ["CONTRIBUTOR", "EDITORIAL_BOARD", "STANDING_COMMITTEE"] });
    await t.backdateFirstSpells();
    await t.createPublishedItem({ kind: "ARTICLE", authorIds: [writer.id], publishedAt: new Date("2026-01-20T03:00:00Z") });
    await t.createPublishedItem({ kind: "ARTICLE", authorIds: [writer.id], publishedAt: new Date("2026-02-20T03:00:00Z") });
    const report = await t.getQuotaYearReport(2026, NOW);
    const rows = report.people.filter((person) => person.userId === writer.id);
    expect(rows).toHaveLength(1);
    expect(rows[0].evaluation).toMatchObject({ status: "COMPLETED", done: { articles: 2, total: 2 } });
  });

  it("inactive people leave the running year's list but stay in past years'", async () => {
    const t = await load();
    const person = await t.createUser({ position: "STAFF" });
    await t.backdateFirstSpells();
    await t.db.user.update({ where: { id: person.id }, data: { isActive: false } });
    expect(await personRow(t, 2026, person.id)).toBeUndefined();
    expect(await personRow(t, 2025, person.id)).toMatchObject({ isActive: false });
  });
});
