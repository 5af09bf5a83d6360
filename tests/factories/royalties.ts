// Builders for royalty tests: a year's schedule and a grade with its shares,
// written straight with Prisma but with the same maths the board's grading
// uses (lib/royalties/royalty-maths.ts), so totals and shares are what a
// real grade would store.
import { db } from "@/lib/db";
import type { RoyaltyGenre } from "@/lib/generated/prisma/client";
import { equalShareBasisPoints, royaltyTotalVnd, splitRoyalty, type ShareInput } from "@/lib/royalties/royalty-maths";
import { royaltyPeriodOf } from "@/lib/royalties/royalty-period";

/** Base salary 2.340.000 ₫, one coefficient unit 234.000 ₫ (10 %). */
export const TEST_UNIT_VALUE_VND = 234_000;

export async function createRoyaltySchedule(input: { year: number; unitValueVnd?: number; budgetVnd?: number }) {
  const unitValueVnd = input.unitValueVnd ?? TEST_UNIT_VALUE_VND;
  return db.royaltySchedule.upsert({
    where: { year: input.year },
    update: { unitValueVnd, budgetVnd: BigInt(input.budgetVnd ?? 0) },
    create: { year: input.year, baseSalaryVnd: unitValueVnd * 10, unitValueVnd, budgetVnd: BigInt(input.budgetVnd ?? 0) },
  });
}

export type GradeInput = {
  itemId: number;
  gradedById: number;
  /** Hundredths: 150 is "1,5". */
  coefficient: number;
  bonusPercent?: number;
  genre?: RoyaltyGenre;
  grade?: string;
  /** Defaults to equal shares among the item's authors. */
  shares?: ShareInput[];
};

/** A grade of a published item with its shares; the period is the month of its publication. */
export async function gradeItemDirectly(input: GradeInput) {
  const item = await db.item.findUniqueOrThrow({ where: { id: input.itemId }, include: { authors: { orderBy: { sortOrder: "asc" } } } });
  if (!item.publishedAt) throw new Error("gradeItemDirectly: the item has no publication date");
  const period = royaltyPeriodOf(item.publishedAt);
  const year = Number(period.slice(0, 4));
  // The year's schedule as it is, or a default one when the test set none.
  const schedule = (await db.royaltySchedule.findUnique({ where: { year } })) ?? (await createRoyaltySchedule({ year }));
  const bonusPercent = input.bonusPercent ?? 0;
  const totalVnd = royaltyTotalVnd({ coefficient: input.coefficient, unitValueVnd: schedule.unitValueVnd, bonusPercent });
  const points = equalShareBasisPoints(item.authors.length);
  const shares = input.shares ?? item.authors.map((author, index) => ({ userId: author.userId, basisPoints: points[index] }));
  const amounts = splitRoyalty(totalVnd, shares);
  return db.royaltyGrade.create({
    data: {
      itemId: item.id,
      scheduleId: schedule.id,
      period,
      genre: input.genre ?? "NEWS",
      grade: input.grade ?? "A",
      coefficient: input.coefficient,
      bonusPercent,
      unitValueVnd: schedule.unitValueVnd,
      totalVnd,
      gradedById: input.gradedById,
      shares: {
        create: amounts.map((share) => ({ itemId: item.id, userId: share.userId, shareBasisPoints: share.basisPoints, amountVnd: share.amountVnd, period })),
      },
    },
    include: { shares: true },
  });
}
