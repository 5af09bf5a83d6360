import type { ItemKind } from "@/lib/generated/prisma/enums";
import type { KindCounts, QuotaEvaluation, QuotaMinimums } from "@/lib/quotas/quota-types";

// THE counting rule of the quota report, written once: the SQL that counts
// (lib/server/quotas/quota-sql.ts) follows it, the pure evaluation below applies it,
// and the report prints the rule's text so every reader knows what a number
// means. Pure: no database, no clock.

const RULE_HEAD = [
  "Mỗi tin, bài được tính cho từng tác giả và cho đơn vị của tác giả lúc đăng, vào năm tin, bài được đăng lần đầu (theo giờ Việt Nam).",
  "Tin, bài bị gỡ xuống thì không còn được tính; nếu được đăng lại, tin, bài được tính lại vào năm đăng lần đầu.",
  "Bài chuyên sâu được tính là bài; phóng sự ảnh và video được tính là tin.",
] as const;

const RULE_TAIL = [
  "Chỉ tiêu của mỗi người theo chức vụ người đó giữ vào ngày chốt của kế hoạch (kế hoạch không ghi ngày chốt thì lấy ngày 31 tháng 12; năm đang diễn ra thì lấy ngày hôm nay).",
  "Một đơn vị được tính các tin, bài của người thuộc đơn vị và các đơn vị trực thuộc, mỗi tin, bài chỉ tính một lần.",
] as const;

const SUBSTITUTION_TEXT = {
  unknown: "Bài viết vượt chỉ tiêu bài có được tính thay cho tin còn thiếu hay không do kế hoạch từng năm quy định.",
  allowed: "Theo kế hoạch năm nay, bài viết vượt chỉ tiêu bài được tính thay cho tin còn thiếu.",
  refused: "Theo kế hoạch năm nay, bài viết vượt chỉ tiêu bài không được tính thay cho tin còn thiếu.",
} as const;

/** The rule in plain Vietnamese, one sentence per line, shown on the dashboard, the printed report and the Excel note row. */
export const COUNTING_RULE_TEXT: readonly string[] = [...RULE_HEAD, SUBSTITUTION_TEXT.unknown, ...RULE_TAIL];

/** The rule as it applies under a plan: says which way the plan sets the article-for-news substitution. */
export function countingRuleText(plan: { isArticleForNewsAllowed: boolean } | null): string[] {
  const substitution = !plan ? SUBSTITUTION_TEXT.unknown : plan.isArticleForNewsAllowed ? SUBSTITUTION_TEXT.allowed : SUBSTITUTION_TEXT.refused;
  return [...RULE_HEAD, substitution, ...RULE_TAIL];
}

/** Which count an item adds to: photo stories and videos count as news; an in-depth article is an article (and in-depth). */
export function countBucket(kind: ItemKind, isInDepth: boolean): { news: number; articles: number; inDepth: number } {
  if (kind === "ARTICLE") return { news: 0, articles: 1, inDepth: isInDepth ? 1 : 0 };
  return { news: 1, articles: 0, inDepth: 0 };
}

export const NO_MINIMUMS: QuotaMinimums = { minNews: 0, minArticles: 0, minInDepth: 0, minAny: 0 };

/** The number of items a rule asks for in all: in-depth articles are articles, and minAny may ask for more than the kinds add up to. */
export function targetTotal(target: QuotaMinimums): number {
  return Math.max(target.minAny, target.minNews + Math.max(target.minArticles, target.minInDepth));
}

const hasAnyMinimum = (target: QuotaMinimums) =>
  target.minNews > 0 || target.minArticles > 0 || target.minInDepth > 0 || target.minAny > 0;

/**
 * Applies a rule's minimums to what was done. An in-depth article serves both
 * the in-depth and the article minimum. With substitution allowed, articles
 * beyond what the article minimums need stand in for missing news.
 * `remaining` is additive: write `news` news, `max(articles, inDepth)`
 * articles (`inDepth` of them in-depth), then `any` more items of any kind.
 * A rule asking for nothing (all minimums zero) is no target.
 */
export function evaluateQuota(
  minimums: QuotaMinimums | null,
  done: KindCounts,
  options: { isArticleForNewsAllowed: boolean },
): QuotaEvaluation {
  const total = done.news + done.articles;
  const doneWithTotal = { news: done.news, articles: done.articles, inDepth: done.inDepth, total };
  if (!minimums || !hasAnyMinimum(minimums)) {
    return {
      target: { ...NO_MINIMUMS },
      done: doneWithTotal,
      remaining: { news: 0, articles: 0, inDepth: 0, any: 0 },
      articlesCountedAsNews: 0,
      status: "NO_TARGET",
    };
  }
  const target = { minNews: minimums.minNews, minArticles: minimums.minArticles, minInDepth: minimums.minInDepth, minAny: minimums.minAny };

  // Articles the article minimums use: the in-depth ones the in-depth minimum
  // needs, then any others up to the article minimum. The rest are spare.
  const usedInDepth = Math.min(done.inDepth, target.minInDepth);
  const otherArticlesNeeded = Math.max(0, target.minArticles - target.minInDepth);
  const spareArticles = Math.max(0, done.articles - usedInDepth - otherArticlesNeeded);
  const missingNews = Math.max(0, target.minNews - done.news);
  const articlesCountedAsNews = options.isArticleForNewsAllowed ? Math.min(spareArticles, missingNews) : 0;

  const news = missingNews - articlesCountedAsNews;
  const articles = Math.max(0, target.minArticles - done.articles);
  const inDepth = Math.max(0, target.minInDepth - done.inDepth);
  const any = Math.max(0, target.minAny - total - news - Math.max(articles, inDepth));
  const remaining = { news, articles, inDepth, any };

  const isMet = news === 0 && articles === 0 && inDepth === 0 && any === 0;
  const status = !isMet ? "NOT_YET" : total > targetTotal(target) ? "EXCEEDED" : "COMPLETED";
  return { target, done: doneWithTotal, remaining, articlesCountedAsNews, status };
}

/** Completed or exceeded. */
export const isQuotaMet = (evaluation: Pick<QuotaEvaluation, "status">) =>
  evaluation.status === "COMPLETED" || evaluation.status === "EXCEEDED";
