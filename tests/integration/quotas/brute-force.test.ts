// The report's SQL against a plain TypeScript count over the same rows, on
// generated data: 60 people in a unit tree, position changes (unit moves
// included), 800 items of every kind and status over two years (some on the
// year's edges), random co-authors.
import { describe, expect, it } from "vitest";
import type { ItemKind, ItemStatus, Position } from "@/lib/generated/prisma/enums";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";
import { bruteForceCounts, type World } from "./brute-force-model";

const database = setupTestDatabase();
const NOW = new Date("2026-09-15T05:00:00Z");

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const load = () =>
  loadWith(
    import("@/tests/factories/quotas"),
    import("@/lib/server/quotas/get-quota-year-report"),
    import("@/lib/server/quotas/get-monthly-participation"),
    import("@/lib/server/quotas/list-counted-items"),
    import("@/lib/server/quotas/get-quota-charts"),
  );

const POSITIONS: Position[] = ["STANDING_MEMBER", "HEAD", "DEPUTY", "STAFF", "COLLABORATOR"];
const KINDS: ItemKind[] = ["NEWS", "ARTICLE", "PHOTO_STORY", "VIDEO"];
const STATUSES: ItemStatus[] = ["PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "UNPUBLISHED", "DRAFT", "SCHEDULED", "SUBMITTED"];
const START = new Date("2024-12-25T00:00:00Z").getTime();
const END = new Date("2026-09-15T00:00:00Z").getTime();
// Instants around the year's edge in Vietnam (UTC+7).
const EDGES = ["2025-12-31T16:30:00Z", "2025-12-31T16:59:59Z", "2025-12-31T17:00:00Z", "2025-12-31T17:30:00Z", "2024-12-31T16:59:00Z", "2024-12-31T17:01:00Z"];

async function generate(t: Awaited<ReturnType<typeof load>>, rand: () => number): Promise<World> {
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const root = await t.createUnit({ name: "Đảng bộ Khối thử nghiệm", kind: "COMMITTEE" });
  const units = [root];
  for (let n = 0; n < 3; n++) units.push(await t.createUnit({ kind: "DEPARTMENT", parentId: root.id }));
  units.push(await t.createUnit({ kind: "MASS_ORGANISATION", parentId: root.id }));
  for (let n = 0; n < 4; n++) {
    const grassroots = await t.createUnit({ kind: "GRASSROOTS", parentId: root.id });
    units.push(grassroots);
    for (let c = 0; c < 2; c++) units.push(await t.createUnit({ kind: "CELL", parentId: grassroots.id }));
  }
  const leafUnits = units.filter((unit) => unit.kind !== "COMMITTEE");

  const people: World["people"] = [];
  for (let n = 0; n < 60; n++) {
    const spellCount = 1 + Math.floor(rand() * 3);
    const spells = Array.from({ length: spellCount }, (_, index) => ({
      position: pick(POSITIONS),
      unitId: pick(leafUnits).id,
      // The first spell: long ago, or (sometimes) after some of the person's items were published.
      from: index === 0 ? (rand() < 0.8 ? new Date("2020-01-01T00:00:00Z") : new Date(START + rand() * (END - START) * 0.6)) : new Date(START + rand() * (END - START)),
    })).sort((a, b) => a.from.getTime() - b.from.getTime());
    const current = spells[spells.length - 1]!;
    const user = await t.createUser({ name: `Người thử ${n}`, unitId: current.unitId, position: current.position });
    const isActive = rand() > 0.1;
    if (!isActive) await t.db.user.update({ where: { id: user.id }, data: { isActive: false } });
    await t.setPositionHistory(user.id, spells);
    people.push({ id: user.id, isActive, spells: spells.map((spell) => ({ ...spell, from: spell.from })) });
  }

  const drafts = Array.from({ length: 800 }, (_, n) => {
    const status = pick(STATUSES);
    const kind = pick(KINDS);
    const at = n < EDGES.length * 4 ? new Date(EDGES[n % EDGES.length]!) : new Date(START + rand() * (END - START));
    const hasDate = status === "PUBLISHED" || status === "UNPUBLISHED" || (status === "DRAFT" && rand() < 0.1);
    const authorCount = rand() < 0.7 ? 1 : rand() < 0.7 ? 2 : 3;
    const authors = [...new Set(Array.from({ length: authorCount }, () => pick(people).id))];
    return { status, kind, isInDepth: rand() < 0.3, publishedAt: hasDate ? at : null, authors, slug: `bf-${n}-${Math.floor(rand() * 1e9)}` };
  });
  const rows = await t.db.item.createManyAndReturn({
    data: drafts.map((draft) => ({
      kind: draft.kind,
      isInDepth: draft.isInDepth,
      status: draft.status,
      title: `Bài thử ${draft.slug}`,
      slug: draft.slug,
      bodyJson: { type: "doc", content: [] },
      publishedAt: draft.publishedAt,
      createdById: draft.authors[0]!,
    })),
    select: { id: true, slug: true },
  });
  const idOf = new Map(rows.map((row) => [row.slug, row.id]));
  const items = drafts.map((draft) => ({ ...draft, id: idOf.get(draft.slug)! }));
  await t.db.itemAuthor.createMany({ data: items.flatMap((item) => item.authors.map((userId, sortOrder) => ({ itemId: item.id, userId, sortOrder }))) });
  return { units: units.map((unit) => ({ id: unit.id, kind: unit.kind, parentId: unit.parentId })), people, items };
}

describe(`quota counts equal a brute-force count on ${database.kind}`, () => {
  it("for people, units, months and counted items, in a past and the running year", async () => {
    const t = await load();
    const world = await generate(t, random(20261206));
    const rules = { ...t.PLAN_91_RULES, unit: [...t.PLAN_91_RULES.unit, ["DEPARTMENT", "YEAR", { minAny: 6 }] as (typeof t.PLAN_91_RULES.unit)[number]] };
    await t.createQuotaPlan({ year: 2025, isArticleForNewsAllowed: true, referenceDate: new Date("2025-06-30"), rules });
    await t.createQuotaPlan({ year: 2026, rules });

    // Someone changed position between last year's reference date and today.
    const changed = world.people.filter((person) => new Set(person.spells.map((spell) => spell.position)).size > 1);
    expect(changed.length).toBeGreaterThan(5);

    for (const [year, referenceDate] of [[2025, "2025-06-30"], [2026, "2026-09-15"]] as const) {
      const expected = bruteForceCounts(world, year, referenceDate, year === 2026);
      // The data exercise what they should: many items, co-authors, people left out, units at zero and not.
      expect(expected.itemsCounted).toBeGreaterThan(150);
      expect(Object.keys(expected.people).length).toBeLessThan(world.people.length);
      expect(Object.values(expected.units).some((counts) => counts.total > 0)).toBe(true);
      const report = await t.getQuotaYearReport(year, NOW);
      expect(report.effectiveReferenceDate).toBe(referenceDate);

      const actualPeople = Object.fromEntries(
        report.people.map((row) => [row.userId, { position: row.position, unitId: row.unitId, ...pickCounts(row.evaluation.done) }]),
      );
      expect(actualPeople).toEqual(expected.people);
      const actualUnits = Object.fromEntries(report.units.map((row) => [row.unitId, pickCounts(row.evaluation.done)]));
      const expectedUnits = Object.fromEntries(
        world.units.filter((unit) => unit.kind === "GRASSROOTS" || unit.kind === "DEPARTMENT").map((unit) => [unit.id, expected.units[unit.id] ?? ZERO]),
      );
      expect(actualUnits).toEqual(expectedUnits);
      expect(report.totals.itemsCounted).toBe(expected.itemsCounted);

      // The monthly grid adds up to the year's unit counts, and matches month by month.
      const monthly = await t.getMonthlyParticipation(year, NOW);
      for (const row of monthly.rows) {
        expect(row.counts, `unit ${row.unitId}`).toEqual(monthly.months.map((month) => expected.unitMonths[row.unitId]?.[month] ?? 0));
        if (year === 2025 && row.kind === "DEPARTMENT") {
          expect(row.counts.reduce((sum, count) => sum + count, 0)).toBe(actualUnits[row.unitId]!.total);
        }
      }
      expect(monthly.rows.length).toBe(world.units.filter((unit) => unit.kind === "DEPARTMENT" || unit.kind === "MASS_ORGANISATION").length);

      // Each person's counted items are exactly the items behind their numbers.
      for (const row of report.people.filter((person) => person.evaluation.done.total > 0).slice(0, 15)) {
        const items = await t.listCountedItems({ year, userId: row.userId });
        expect(items.map((item) => item.id).sort((a, b) => a - b)).toEqual(expected.itemsOf[row.userId]);
        expect(items.filter((item) => item.kind === "ARTICLE").length).toBe(row.evaluation.done.articles);
        expect(items.filter((item) => item.isInDepth).length).toBe(row.evaluation.done.inDepth);
      }

      const charts = await t.getQuotaCharts(year, NOW, report);
      const perMonth = charts.itemsPerMonth.reduce((sum, month) => sum + month.news + month.articles, 0);
      expect(perMonth).toBe(expected.itemsCounted);
    }
  });
});

const ZERO = { news: 0, articles: 0, inDepth: 0, total: 0 };
const pickCounts = (done: { news: number; articles: number; inDepth: number; total: number }) => ({
  news: done.news,
  articles: done.articles,
  inDepth: done.inDepth,
  total: done.total,
});
