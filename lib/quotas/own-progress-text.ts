import type { Position } from "@/lib/generated/prisma/enums";
import { doneOverTargetText, remainingPieces } from "@/lib/quotas/quota-labels";
import type { QuotaEvaluation } from "@/lib/quotas/quota-types";
import { positionLabel } from "@/lib/users/labels";

// A contributor's own line, as their home page and the editor's side panel
// show it. Pure.

const andList = (pieces: string[]) =>
  pieces.length <= 1 ? pieces.join("") : `${pieces.slice(0, -1).join(", ")} và ${pieces[pieces.length - 1]}`;

/**
 * "Năm 2026: còn 3 tin nữa", "Năm 2026: còn 1 bài và 2 tin nữa",
 * "Năm 2026: đã hoàn thành chỉ tiêu (5/5 tin)", "Năm 2026: vượt chỉ tiêu (7/5 tin)",
 * "Năm 2026: chưa có kế hoạch chỉ tiêu", "Năm 2026: chức vụ Cộng tác viên không có chỉ tiêu".
 */
export function ownProgressText(input: { year: number; hasPlan: boolean; position: Position | null; evaluation: QuotaEvaluation }): string {
  const head = `Năm ${input.year}: `;
  if (!input.hasPlan) return `${head}chưa có kế hoạch chỉ tiêu`;
  const { evaluation } = input;
  switch (evaluation.status) {
    case "NO_TARGET":
      return input.position ? `${head}chức vụ ${positionLabel(input.position)} không có chỉ tiêu` : `${head}không có chỉ tiêu`;
    case "NOT_YET":
      return `${head}còn ${andList(remainingPieces(evaluation.remaining, "articles-first"))} nữa`;
    case "COMPLETED":
      return `${head}đã hoàn thành chỉ tiêu (${doneOverTargetText(evaluation)})`;
    case "EXCEEDED":
      return `${head}vượt chỉ tiêu (${doneOverTargetText(evaluation)})`;
  }
}
