import { describe, expect, it } from "vitest";
import { evaluateQuota } from "@/lib/quotas/counting-rule";
import { ownProgressText } from "@/lib/quotas/own-progress-text";
import { doneText, quotaPeriodLabel, quotaStatusLabel, quotaTargetText, remainingText } from "@/lib/quotas/quota-labels";
import type { QuotaMinimums } from "@/lib/quotas/quota-types";

const rule = (minimums: Partial<QuotaMinimums>): QuotaMinimums => ({ minNews: 0, minArticles: 0, minInDepth: 0, minAny: 0, ...minimums });
const OFF = { isArticleForNewsAllowed: false };
const evaluate = (minimums: QuotaMinimums | null, news: number, articles: number, inDepth = 0, options = OFF) =>
  evaluateQuota(minimums, { news, articles, inDepth }, options);

describe("quota labels", () => {
  it("names statuses and periods", () => {
    expect(quotaStatusLabel("COMPLETED")).toBe("Hoàn thành");
    expect(quotaStatusLabel("EXCEEDED")).toBe("Vượt chỉ tiêu");
    expect(quotaStatusLabel("NOT_YET")).toBe("Chưa hoàn thành");
    expect(quotaStatusLabel("NO_TARGET")).toBe("Không có chỉ tiêu");
    expect(quotaPeriodLabel("YEAR")).toBe("Cả năm");
    expect(quotaPeriodLabel("MONTH")).toBe("Hằng tháng");
  });

  it("words targets as the plan does", () => {
    expect(quotaTargetText(rule({ minArticles: 1, minNews: 2 }))).toBe("≥ 1 bài và 2 tin");
    expect(quotaTargetText(rule({ minInDepth: 1 }))).toBe("1 bài chuyên sâu");
    expect(quotaTargetText(rule({ minAny: 1 }))).toBe("≥ 1 tin hoặc bài");
    expect(quotaTargetText(rule({ minArticles: 2 }))).toBe("≥ 2 bài");
    expect(quotaTargetText(rule({ minNews: 5 }))).toBe("≥ 5 tin");
    expect(quotaTargetText(rule({ minArticles: 2, minInDepth: 1 }))).toBe("≥ 2 bài (1 chuyên sâu)");
    expect(quotaTargetText(rule({ minNews: 2, minAny: 4 }))).toBe("≥ 2 tin, tổng cộng ≥ 4 tin, bài");
    expect(quotaTargetText(rule({}))).toBe("Không có chỉ tiêu");
  });

  it("says what remains", () => {
    expect(remainingText(evaluate(rule({ minNews: 5, minArticles: 1 }), 2, 0))).toBe("còn 3 tin, 1 bài");
    expect(remainingText(evaluate(rule({ minInDepth: 1 }), 0, 3))).toBe("còn 1 bài chuyên sâu");
    expect(remainingText(evaluate(rule({ minArticles: 2, minInDepth: 1 }), 0, 0))).toBe("còn 1 bài chuyên sâu, 1 bài");
    expect(remainingText(evaluate(rule({ minAny: 1 }), 0, 0))).toBe("còn 1 tin hoặc bài");
    expect(remainingText(evaluate(rule({ minNews: 5 }), 5, 0))).toBe("Đã đủ");
    expect(remainingText(evaluate(null, 5, 0))).toBe("—");
    expect(doneText({ news: 3, articles: 2, inDepth: 1, total: 5 })).toBe("3 tin, 2 bài (1 chuyên sâu)");
    expect(doneText({ news: 0, articles: 0, inDepth: 0, total: 0 })).toBe("0");
  });

  it("writes a contributor's own line", () => {
    const staff = rule({ minNews: 5 });
    const deputy = rule({ minArticles: 1, minNews: 2 });
    const line = (minimums: QuotaMinimums | null, news: number, articles: number, options = OFF) =>
      ownProgressText({ year: 2026, hasPlan: true, position: "STAFF", evaluation: evaluate(minimums, news, articles, 0, options) });
    expect(line(staff, 2, 0)).toBe("Năm 2026: còn 3 tin nữa");
    expect(line(deputy, 0, 0)).toBe("Năm 2026: còn 1 bài và 2 tin nữa");
    expect(line(staff, 5, 0)).toBe("Năm 2026: đã hoàn thành chỉ tiêu (5/5 tin)");
    expect(line(staff, 3, 2, { isArticleForNewsAllowed: true })).toBe("Năm 2026: đã hoàn thành chỉ tiêu (5/5 tin)");
    expect(line(staff, 7, 0)).toBe("Năm 2026: vượt chỉ tiêu (7/5 tin)");
    expect(line(deputy, 2, 1)).toBe("Năm 2026: đã hoàn thành chỉ tiêu (3/3 tin, bài)");
    expect(line(rule({ minInDepth: 1 }), 0, 1)).toBe("Năm 2026: còn 1 bài chuyên sâu nữa");
    expect(ownProgressText({ year: 2026, hasPlan: false, position: "STAFF", evaluation: evaluate(null, 0, 0) })).toBe("Năm 2026: chưa có kế hoạch chỉ tiêu");
    expect(ownProgressText({ year: 2026, hasPlan: true, position: "COLLABORATOR", evaluation: evaluate(null, 1, 0) })).toBe(
      "Năm 2026: chức vụ Cộng tác viên không có chỉ tiêu",
    );
  });
});
