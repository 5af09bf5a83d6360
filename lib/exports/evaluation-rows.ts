import { isQuotaMet } from "@/lib/quotas/counting-rule";
import { quotaTargetText } from "@/lib/quotas/quota-labels";
import type { PersonQuotaRow } from "@/lib/quotas/quota-types";
import { POSITIONS, positionLabel } from "@/lib/users/labels";

// The evaluation list the standing committee attaches to the annual
// evaluation (đánh giá, xếp loại): every member with a target, met or not.
// "Vượt chỉ tiêu" counts as met. Pure.

export const EVALUATION_RESULT = { met: "Hoàn thành", notMet: "Không hoàn thành" } as const;

export type EvaluationRow = {
  userId: number;
  name: string;
  unitName: string;
  position: string;
  target: string;
  news: number;
  articles: number;
  inDepth: number;
  total: number;
  isMet: boolean;
  result: string;
  note: string;
};

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });
const positionRank = (row: PersonQuotaRow) => POSITIONS.indexOf(row.position);

/** People with a target, by unit, then position (Thường trực first), then name. */
export function evaluationRows(people: readonly PersonQuotaRow[]): EvaluationRow[] {
  return people
    .filter((row) => row.evaluation.status !== "NO_TARGET")
    .sort((a, b) => collator.compare(a.unitName, b.unitName) || positionRank(a) - positionRank(b) || collator.compare(a.name, b.name) || a.userId - b.userId)
    .map((row) => {
      const { evaluation } = row;
      const isMet = isQuotaMet(evaluation);
      const notes = [evaluation.status === "EXCEEDED" ? "Vượt chỉ tiêu" : null, row.isActive ? null : "Đã nghỉ"].filter(Boolean);
      return {
        userId: row.userId,
        name: row.name,
        unitName: row.unitName,
        position: positionLabel(row.position),
        target: quotaTargetText(evaluation.target),
        news: evaluation.done.news,
        articles: evaluation.done.articles,
        inDepth: evaluation.done.inDepth,
        total: evaluation.done.total,
        isMet,
        result: isMet ? EVALUATION_RESULT.met : EVALUATION_RESULT.notMet,
        note: notes.join("; "),
      };
    });
}

/** "28/30 đồng chí hoàn thành chỉ tiêu". */
export const evaluationSummary = (rows: readonly EvaluationRow[]) =>
  `${rows.filter((row) => row.isMet).length}/${rows.length} đồng chí hoàn thành chỉ tiêu`;
