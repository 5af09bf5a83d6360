// The demo content gives the royalty pages something to show: settings for
// both demo years, most of this year's published items graded (not all, so
// "chưa chấm" shows), every grade's shares adding up to its amount, and one
// grade with a correction.
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

const database = setupTestDatabase();
const NOW = new Date("2026-11-20T03:00:00Z");

describe(`demo royalties on ${database.kind}`, () => {
  it(
    "seeds schedules and grades consistent with the maths",
    async () => {
      const { seedDemo } = await import("@/prisma/seed");
      const { db } = await import("@/lib/db");
      const { royaltyTotalVnd } = await import("@/lib/royalties/royalty-maths");
      await seedDemo(NOW);

      const schedules = await db.royaltySchedule.findMany({ orderBy: { year: "asc" }, include: { _count: { select: { rates: true, bonuses: true } } } });
      expect(schedules.map((schedule) => [schedule.year, schedule.unitValueVnd, schedule._count.rates])).toEqual([
        [2025, 234_000, 15],
        [2026, 234_000, 15],
      ]);

      const published2026 = await db.item.count({ where: { status: "PUBLISHED", publishedAt: { gte: new Date("2025-12-31T17:00:00Z") } } });
      const graded2026 = await db.royaltyGrade.count({ where: { period: { startsWith: "2026-" } } });
      expect(graded2026).toBeGreaterThan(published2026 * 0.7);
      expect(graded2026).toBeLessThan(published2026);

      // Every grade is its coefficient × unit value × bonus, and its shares add up to it.
      const grades = await db.royaltyGrade.findMany({ include: { shares: true } });
      for (const grade of grades) {
        expect(grade.totalVnd).toBe(royaltyTotalVnd({ coefficient: grade.coefficient, unitValueVnd: grade.unitValueVnd, bonusPercent: grade.bonusPercent }));
        expect(grade.shares.reduce((sum, share) => sum + share.amountVnd, 0)).toBe(grade.totalVnd);
        expect(grade.shares.reduce((sum, share) => sum + share.shareBasisPoints, 0)).toBe(10_000);
        expect(grade.shares.every((share) => share.period === grade.period)).toBe(true);
      }
      // The month of each grade is the Vietnam month of its item's publication.
      const mismatched = await db.$queryRaw<{ count: bigint }[]>`
        SELECT count(*) AS count FROM royalty_grades g JOIN items i ON i.id = g.item_id
        WHERE g.period <> to_char(i.published_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM')`;
      expect(Number(mismatched[0]!.count)).toBe(0);
      expect(grades.some((grade) => grade.bonusPercent > 0)).toBe(true);
      expect(await db.royaltyGradeChange.count()).toBe(1);
    },
    10 * 60_000,
  );
});
