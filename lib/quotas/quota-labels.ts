import type { QuotaPeriod } from "@/lib/generated/prisma/enums";
import { targetTotal } from "@/lib/quotas/counting-rule";
import type { QuotaEvaluation, QuotaMinimums, QuotaStatus } from "@/lib/quotas/quota-types";

// The quota report's Vietnamese wording, in one place: pages, the printable
// report and the Excel exports all read it from here. Pure.

export const QUOTA_STATUS_LABELS = {
  COMPLETED: "Hoàn thành",
  EXCEEDED: "Vượt chỉ tiêu",
  NOT_YET: "Chưa hoàn thành",
  NO_TARGET: "Không có chỉ tiêu",
} as const satisfies Record<QuotaStatus, string>;

/** In the order filters list them. */
export const QUOTA_STATUSES = Object.keys(QUOTA_STATUS_LABELS) as QuotaStatus[];

export const QUOTA_PERIOD_LABELS = {
  YEAR: "Cả năm",
  MONTH: "Hằng tháng",
} as const satisfies Record<QuotaPeriod, string>;

export const quotaStatusLabel = (status: QuotaStatus) => QUOTA_STATUS_LABELS[status];
export const quotaPeriodLabel = (period: QuotaPeriod) => QUOTA_PERIOD_LABELS[period];

/** The article part of a target: "2 bài", "1 bài chuyên sâu", "2 bài (1 chuyên sâu)". */
function articlePiece(minArticles: number, minInDepth: number): string | null {
  if (minInDepth > 0 && minArticles <= minInDepth) return `${minInDepth} bài chuyên sâu`;
  if (minInDepth > 0) return `${minArticles} bài (${minInDepth} chuyên sâu)`;
  return minArticles > 0 ? `${minArticles} bài` : null;
}

/**
 * A target as the plan words it: "≥ 1 bài và 2 tin", "1 bài chuyên sâu",
 * "≥ 1 tin hoặc bài", "≥ 5 tin"; "Không có chỉ tiêu" when it asks nothing.
 */
export function quotaTargetText(target: QuotaMinimums): string {
  const articles = articlePiece(target.minArticles, target.minInDepth);
  const pieces = [articles, target.minNews > 0 ? `${target.minNews} tin` : null].filter((piece): piece is string => piece !== null);
  const kindsTotal = target.minNews + Math.max(target.minArticles, target.minInDepth);
  if (target.minAny > kindsTotal) {
    if (pieces.length === 0) return `≥ ${target.minAny} tin hoặc bài`;
    return `≥ ${pieces.join(" và ")}, tổng cộng ≥ ${target.minAny} tin, bài`;
  }
  if (pieces.length === 0) return QUOTA_STATUS_LABELS.NO_TARGET;
  // The plan asks standing members for exactly "01 bài chuyên sâu".
  const isInDepthOnly = target.minNews === 0 && target.minInDepth > 0 && target.minArticles <= target.minInDepth;
  return `${isInDepthOnly ? "" : "≥ "}${pieces.join(" và ")}`;
}

type Remaining = QuotaEvaluation["remaining"];

/** What is missing, piece by piece, news first: ["3 tin", "1 bài chuyên sâu", "1 bài", "2 tin hoặc bài"]. */
export function remainingPieces(remaining: Remaining, order: "news-first" | "articles-first" = "news-first"): string[] {
  const plainArticles = Math.max(0, remaining.articles - remaining.inDepth);
  const news = remaining.news > 0 ? [`${remaining.news} tin`] : [];
  const articles = [
    ...(remaining.inDepth > 0 ? [`${remaining.inDepth} bài chuyên sâu`] : []),
    ...(plainArticles > 0 ? [`${plainArticles} bài`] : []),
  ];
  const any = remaining.any > 0 ? [`${remaining.any} tin hoặc bài`] : [];
  return order === "news-first" ? [...news, ...articles, ...any] : [...articles, ...news, ...any];
}

/** Items still to write in all (in-depth articles are articles). */
export const remainingTotal = (remaining: Remaining) =>
  remaining.news + Math.max(remaining.articles, remaining.inDepth) + remaining.any;

/** A table cell: "còn 3 tin, 1 bài"; "Đã đủ" once met; "—" with no target. */
export function remainingText(evaluation: Pick<QuotaEvaluation, "remaining" | "status">): string {
  if (evaluation.status === "NO_TARGET") return "—";
  const pieces = remainingPieces(evaluation.remaining);
  return pieces.length === 0 ? "Đã đủ" : `còn ${pieces.join(", ")}`;
}

/** What was done, in the target's terms: "3 tin, 2 bài (1 chuyên sâu)", "0". */
export function doneText(done: QuotaEvaluation["done"]): string {
  const parts: string[] = [];
  if (done.news > 0) parts.push(`${done.news} tin`);
  if (done.articles > 0) parts.push(`${done.articles} bài${done.inDepth > 0 ? ` (${done.inDepth} chuyên sâu)` : ""}`);
  return parts.length ? parts.join(", ") : "0";
}

/** "5/5 tin", "3/3 tin, bài": done over target, for "đã hoàn thành chỉ tiêu (5/5 tin)". Articles standing in for news count as news. */
export function doneOverTargetText(evaluation: Pick<QuotaEvaluation, "done" | "target" | "articlesCountedAsNews">): string {
  const { done, target } = evaluation;
  const onlyNews = target.minArticles === 0 && target.minInDepth === 0 && target.minAny <= target.minNews;
  const onlyArticles = target.minNews === 0 && target.minAny <= Math.max(target.minArticles, target.minInDepth);
  if (onlyNews) return `${done.news + evaluation.articlesCountedAsNews}/${target.minNews} tin`;
  if (onlyArticles && target.minInDepth > 0 && target.minArticles <= target.minInDepth) return `${done.inDepth}/${target.minInDepth} bài chuyên sâu`;
  if (onlyArticles) return `${done.articles}/${target.minArticles} bài`;
  return `${done.total}/${targetTotal(target)} tin, bài`;
}
