import "server-only";
import { db } from "@/lib/db";
import type { RoyaltyGenre } from "@/lib/generated/prisma/enums";
import { ROYALTY_GENRES } from "@/lib/royalties/royalty-labels";

// The administrator's views of the royalty settings: every year with one,
// and one year's settings for the editor with the version it was read at.
// Also the table the grading form offers (loaded by get-grading-context.ts).

export type RoyaltyRateView = { genre: RoyaltyGenre; grade: string; minCoefficient: number; defaultCoefficient: number; maxCoefficient: number };
export type RoyaltyBonusView = { id: number; name: string; minPercent: number; maxPercent: number };
export type RoyaltyScheduleView = {
  id: number;
  year: number;
  baseSalaryVnd: number;
  unitValueVnd: number;
  budgetVnd: number;
  note: string | null;
  updatedAt: string;
  rates: RoyaltyRateView[];
  bonuses: RoyaltyBonusView[];
};

const byGenreThenGrade = (a: RoyaltyRateView, b: RoyaltyRateView) =>
  ROYALTY_GENRES.indexOf(a.genre) - ROYALTY_GENRES.indexOf(b.genre) || a.grade.localeCompare(b.grade);

export async function getRoyaltySchedule(year: number): Promise<RoyaltyScheduleView | null> {
  const schedule = await db.royaltySchedule.findUnique({ where: { year }, include: { rates: true, bonuses: { orderBy: { id: "asc" } } } });
  if (!schedule) return null;
  return {
    id: schedule.id,
    year: schedule.year,
    baseSalaryVnd: schedule.baseSalaryVnd,
    unitValueVnd: schedule.unitValueVnd,
    budgetVnd: Number(schedule.budgetVnd),
    note: schedule.note,
    updatedAt: schedule.updatedAt.toISOString(),
    rates: schedule.rates
      .map(({ genre, grade, minCoefficient, defaultCoefficient, maxCoefficient }) => ({ genre, grade, minCoefficient, defaultCoefficient, maxCoefficient }))
      .sort(byGenreThenGrade),
    bonuses: schedule.bonuses.map(({ id, name, minPercent, maxPercent }) => ({ id, name, minPercent, maxPercent })),
  };
}

export type RoyaltyScheduleListRow = { year: number; baseSalaryVnd: number; unitValueVnd: number; budgetVnd: number; rateCount: number; bonusCount: number; gradeCount: number };

export async function listRoyaltySchedules(): Promise<RoyaltyScheduleListRow[]> {
  const schedules = await db.royaltySchedule.findMany({
    orderBy: { year: "desc" },
    select: { year: true, baseSalaryVnd: true, unitValueVnd: true, budgetVnd: true, _count: { select: { rates: true, bonuses: true, grades: true } } },
  });
  return schedules.map(({ _count, budgetVnd, ...schedule }) => ({
    ...schedule,
    budgetVnd: Number(budgetVnd),
    rateCount: _count.rates,
    bonusCount: _count.bonuses,
    gradeCount: _count.grades,
  }));
}

/** The latest year before `year` with settings (the one a new year copies), or null. */
export async function previousScheduleYear(year: number): Promise<number | null> {
  const previous = await db.royaltySchedule.findFirst({ where: { year: { lt: year } }, orderBy: { year: "desc" }, select: { year: true } });
  return previous?.year ?? null;
}
