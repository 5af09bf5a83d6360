import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RoyaltyGenre } from "@/lib/generated/prisma/enums";
import { ROYALTY_MESSAGES } from "@/lib/royalties/royalty-labels";
import { equalShareBasisPoints, formatCoefficient, royaltyTotalVnd, splitRoyalty, type ShareAmount } from "@/lib/royalties/royalty-maths";
import { isAuthorOf } from "@/lib/workflow/transitions";
import type { RoyaltyGradeInput } from "@/lib/validations/royalty-grade";

// What grading and correcting share: the checks of an input against the
// year's table, the amount and its split, and the rows they write. Every
// function here runs inside the caller's transaction.

export type ResolvedGrade = {
  scheduleId: number;
  period: string;
  genre: RoyaltyGenre;
  grade: string;
  coefficient: number;
  bonusId: number | null;
  bonusPercent: number;
  unitValueVnd: number;
  totalVnd: number;
  note: string | null;
  shares: ShareAmount[];
};

/** The board member may grade this item: the capability, and not one of its authors. */
export function assertMayGrade(actor: Actor, item: { createdById: number; authorIds: readonly number[] }): void {
  if (!can(actor, "royalties.grade")) throw new AppError("FORBIDDEN", ROYALTY_MESSAGES.noRightToGrade);
  if (isAuthorOf(actor.id, item)) throw new AppError("FORBIDDEN", ROYALTY_MESSAGES.ownItem);
}

/** Checks the input against the schedule of the period's year and computes the amounts. */
export async function resolveGrade(
  tx: Prisma.TransactionClient,
  { period, authorIds, input }: { period: string; authorIds: readonly number[]; input: RoyaltyGradeInput },
): Promise<ResolvedGrade> {
  const year = Number(period.slice(0, 4));
  const schedule = await tx.royaltySchedule.findUnique({ where: { year }, include: { rates: true, bonuses: true } });
  if (!schedule) throw new AppError("VALIDATION", ROYALTY_MESSAGES.noSchedule(year));
  const rate = schedule.rates.find((row) => row.genre === input.genre && row.grade === input.grade);
  if (!rate) throw new AppError("VALIDATION", ROYALTY_MESSAGES.noRate(input.genre, input.grade, year));
  if (input.coefficient < rate.minCoefficient || input.coefficient > rate.maxCoefficient) {
    throw new AppError(
      "VALIDATION",
      ROYALTY_MESSAGES.coefficientOutOfRange(formatCoefficient(input.coefficient), formatCoefficient(rate.minCoefficient), formatCoefficient(rate.maxCoefficient)),
    );
  }
  let bonusPercent = 0;
  if (input.bonusId !== null) {
    const bonus = schedule.bonuses.find((row) => row.id === input.bonusId);
    if (!bonus) throw new AppError("VALIDATION", ROYALTY_MESSAGES.bonusUnknown);
    if (input.bonusPercent < bonus.minPercent || input.bonusPercent > bonus.maxPercent) {
      throw new AppError("VALIDATION", ROYALTY_MESSAGES.bonusOutOfRange(bonus.name, input.bonusPercent, bonus.minPercent, bonus.maxPercent));
    }
    bonusPercent = input.bonusPercent;
  }
  if (authorIds.length === 0) throw new AppError("VALIDATION", ROYALTY_MESSAGES.noAuthors);
  let shares = authorIds.map((userId, index) => ({ userId, basisPoints: equalShareBasisPoints(authorIds.length)[index]! }));
  if (input.shares) {
    const wanted = new Map(input.shares.map((share) => [share.userId, share.basisPoints]));
    if (wanted.size !== authorIds.length || authorIds.some((userId) => !wanted.has(userId))) throw new AppError("VALIDATION", ROYALTY_MESSAGES.sharesMismatch);
    shares = authorIds.map((userId) => ({ userId, basisPoints: wanted.get(userId)! }));
  }
  const totalVnd = royaltyTotalVnd({ coefficient: input.coefficient, unitValueVnd: schedule.unitValueVnd, bonusPercent });
  return {
    scheduleId: schedule.id,
    period,
    genre: input.genre,
    grade: input.grade,
    coefficient: input.coefficient,
    bonusId: input.bonusId,
    bonusPercent,
    unitValueVnd: schedule.unitValueVnd,
    totalVnd,
    note: input.note,
    shares: splitRoyalty(totalVnd, shares),
  };
}

/** The grade's own values: what its row and its snapshot both hold (no table, no shares). */
const gradeValues = (grade: Omit<ResolvedGrade, "scheduleId" | "shares">) => ({
  period: grade.period,
  genre: grade.genre,
  grade: grade.grade,
  coefficient: grade.coefficient,
  bonusId: grade.bonusId,
  bonusPercent: grade.bonusPercent,
  unitValueVnd: grade.unitValueVnd,
  totalVnd: grade.totalVnd,
  note: grade.note,
});

/** The grade's row fields (without item and grader). */
export const gradeData = (grade: ResolvedGrade) => ({ scheduleId: grade.scheduleId, ...gradeValues(grade) });

/** Replaces the item's shares with the grade's. */
export async function writeShares(tx: Prisma.TransactionClient, { gradeId, itemId, grade }: { gradeId: number; itemId: number; grade: ResolvedGrade }) {
  await tx.royalty.deleteMany({ where: { gradeId } });
  await tx.royalty.createMany({
    data: grade.shares.map((share) => ({
      gradeId,
      itemId,
      userId: share.userId,
      shareBasisPoints: share.basisPoints,
      amountVnd: share.amountVnd,
      period: grade.period,
    })),
  });
}

/** A grade as the audit log and the change history keep it: readable values, no ids needed. */
export function gradeSnapshot(grade: Omit<ResolvedGrade, "scheduleId" | "shares"> & { shares: readonly { userId: number; basisPoints: number; amountVnd: number }[] }) {
  return {
    ...gradeValues(grade),
    shares: grade.shares.map((share) => ({ userId: share.userId, basisPoints: share.basisPoints, amountVnd: share.amountVnd })),
  };
}
export type GradeSnapshot = ReturnType<typeof gradeSnapshot>;

/** The stored grade and its shares as a snapshot. */
export async function readGradeSnapshot(tx: Prisma.TransactionClient, itemId: number) {
  const stored = await tx.royaltyGrade.findUnique({ where: { itemId }, include: { shares: { orderBy: { id: "asc" } } } });
  if (!stored) return null;
  const snapshot = gradeSnapshot({
    ...stored,
    shares: stored.shares.map((share) => ({ userId: share.userId, basisPoints: share.shareBasisPoints, amountVnd: share.amountVnd })),
  });
  return { id: stored.id, snapshot };
}
