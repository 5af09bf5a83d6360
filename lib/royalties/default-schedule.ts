import type { RoyaltyGenre } from "@/lib/generated/prisma/enums";
import { DEFAULT_BASE_SALARY_VND, DEFAULT_UNIT_PERCENT } from "@/lib/royalties/royalty-labels";

// A year's settings when there is no earlier year to copy: the base salary in
// force, one coefficient unit at 10 % of it, a genre × A/B/C table in the
// spirit of Nghị định 18/2014/NĐ-CP scaled to a Party committee's page, and
// the local bonus for works about ethnic minorities. Every number is data:
// the administrator edits it. Pure.

type Cell = [grade: string, min: number, standard: number, max: number];

const TABLE: Record<RoyaltyGenre, Cell[]> = {
  NEWS: [["A", 120, 150, 200], ["B", 80, 100, 120], ["C", 50, 60, 80]],
  ARTICLE: [["A", 250, 300, 400], ["B", 150, 200, 250], ["C", 100, 120, 150]],
  IN_DEPTH: [["A", 400, 500, 600], ["B", 300, 400, 450], ["C", 250, 300, 350]],
  PHOTO: [["A", 150, 200, 250], ["B", 100, 150, 180], ["C", 80, 100, 120]],
  VIDEO: [["A", 250, 300, 400], ["B", 150, 200, 250], ["C", 100, 150, 180]],
};

export const defaultUnitValueVnd = (baseSalaryVnd: number) => Math.round((baseSalaryVnd * DEFAULT_UNIT_PERCENT) / 100);

export function defaultRoyaltySchedule() {
  return {
    baseSalaryVnd: DEFAULT_BASE_SALARY_VND,
    unitValueVnd: defaultUnitValueVnd(DEFAULT_BASE_SALARY_VND),
    rates: (Object.entries(TABLE) as [RoyaltyGenre, Cell[]][]).flatMap(([genre, cells]) =>
      cells.map(([grade, minCoefficient, defaultCoefficient, maxCoefficient]) => ({ genre, grade, minCoefficient, defaultCoefficient, maxCoefficient })),
    ),
    bonuses: [
      { name: "Tác phẩm về đồng bào dân tộc thiểu số", minPercent: 10, maxPercent: 20 },
      { name: "Tác phẩm về vùng sâu, vùng xa, biên giới", minPercent: 5, maxPercent: 10 },
    ],
  };
}
