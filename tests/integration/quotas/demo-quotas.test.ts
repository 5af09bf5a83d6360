// The demo content gives the quota report something to show: both plans
// (with both substitution settings), a varied year, position history with a
// promotion this year, and monthly rules for departments and mass
// organisations.
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

const database = setupTestDatabase();
// A fixed day late in the year: the demo is relative to the day it is seeded.
const NOW = new Date("2026-11-20T03:00:00Z");

describe(`demo quotas on ${database.kind}`, () => {
  it(
    "seeds plans and history that make a varied report",
    async () => {
      const { seedDemo } = await import("@/prisma/seed");
      const { getQuotaYearReport } = await import("@/lib/server/quotas/get-quota-year-report");
      const { getMonthlyParticipation } = await import("@/lib/server/quotas/get-monthly-participation");
      const { getQuotaPlan } = await import("@/lib/server/quotas/get-quota-plan");
      await seedDemo(NOW);

      const [thisYear, lastYear] = [await getQuotaPlan(2026), await getQuotaPlan(2025)];
      expect(thisYear).toMatchObject({ issuedOn: "2026-02-28", isArticleForNewsAllowed: false });
      expect(lastYear).toMatchObject({ issuedOn: "2025-02-28", isArticleForNewsAllowed: true });
      expect(thisYear!.personRules.map((rule) => [rule.position, rule.minInDepth, rule.minArticles, rule.minNews])).toEqual([
        ["STANDING_MEMBER", 1, 0, 0],
        ["HEAD", 0, 2, 0],
        ["DEPUTY", 0, 1, 2],
        ["STAFF", 0, 0, 5],
      ]);
      expect(thisYear!.unitRules.map((rule) => [rule.unitKind, rule.period, rule.minAny])).toEqual([
        ["DEPARTMENT", "MONTH", 1],
        ["MASS_ORGANISATION", "MONTH", 1],
        ["GRASSROOTS", "YEAR", 1],
      ]);

      const report = await getQuotaYearReport(2026, NOW);
      const statuses = report.people.map((person) => person.evaluation.status);
      for (const status of ["COMPLETED", "EXCEEDED", "NOT_YET", "NO_TARGET"] as const) expect(statuses, status).toContain(status);
      expect(report.units.some((unit) => unit.evaluation.done.total === 0)).toBe(true);
      expect(report.units.some((unit) => unit.evaluation.status === "EXCEEDED" || unit.evaluation.status === "COMPLETED")).toBe(true);

      // Promoted on 1 July this year: a deputy now, staff in last year's report.
      const promotedNow = report.people.find((person) => person.name === "Trịnh Thị Mai")!;
      expect(promotedNow.position).toBe("DEPUTY");
      const last = await getQuotaYearReport(2025, NOW);
      expect(last.people.find((person) => person.name === "Trịnh Thị Mai")!.position).toBe("STAFF");
      expect(last.people).toHaveLength(report.people.length);
      // Last year's plan let spare articles stand in for news, and someone needed it.
      expect(last.people.some((person) => person.evaluation.articlesCountedAsNews > 0)).toBe(true);

      const monthly = await getMonthlyParticipation(2026, NOW);
      expect(monthly.months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      expect(monthly.rows.map((row) => row.kind)).toEqual(expect.arrayContaining(["DEPARTMENT", "MASS_ORGANISATION"]));
      const cells = monthly.rows.flatMap((row) => row.counts);
      expect(cells.some((count) => count === 0)).toBe(true);
      expect(cells.some((count) => count > 0)).toBe(true);
    },
    10 * 60_000,
  );
});
