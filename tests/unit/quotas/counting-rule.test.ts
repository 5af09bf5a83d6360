import { describe, expect, it } from "vitest";
import { COUNTING_RULE_TEXT, countBucket, countingRuleText, evaluateQuota, targetTotal } from "@/lib/quotas/counting-rule";
import { quotaYear, quotaYearBounds, vietnamIsoDate, vietnamMonth } from "@/lib/quotas/quota-year";
import { effectiveReferenceDate } from "@/lib/quotas/reference-date";
import type { KindCounts, QuotaMinimums } from "@/lib/quotas/quota-types";

const rule = (minimums: Partial<QuotaMinimums>): QuotaMinimums => ({ minNews: 0, minArticles: 0, minInDepth: 0, minAny: 0, ...minimums });
const done = (news: number, articles: number, inDepth = 0): KindCounts => ({ news, articles, inDepth });
const OFF = { isArticleForNewsAllowed: false };
const ON = { isArticleForNewsAllowed: true };

// The plan 91-KH/ĐUK's rules.
const STANDING = rule({ minInDepth: 1 });
const HEAD = rule({ minArticles: 2 });
const DEPUTY = rule({ minArticles: 1, minNews: 2 });
const STAFF = rule({ minNews: 5 });
const GRASSROOTS = rule({ minAny: 1 });

describe("which year an item lands in (Vietnam time)", () => {
  it("31 December 23:30 is that year, 1 January 00:30 the next", () => {
    const y2025 = quotaYearBounds(2025);
    const lateOnNewYearsEve = new Date("2025-12-31T16:30:00Z"); // 23:30 in Hà Nội
    const justAfterMidnight = new Date("2025-12-31T17:30:00Z"); // 00:30 on 1/1/2026 in Hà Nội
    expect(lateOnNewYearsEve >= y2025.start && lateOnNewYearsEve < y2025.end).toBe(true);
    expect(justAfterMidnight >= y2025.end).toBe(true);
    const y2026 = quotaYearBounds(2026);
    expect(justAfterMidnight >= y2026.start && justAfterMidnight < y2026.end).toBe(true);
    expect(y2026.start.toISOString()).toBe("2025-12-31T17:00:00.000Z");
    expect(y2026.end.toISOString()).toBe("2026-12-31T17:00:00.000Z");
    expect(quotaYear(lateOnNewYearsEve).year).toBe(2025);
    expect(quotaYear(justAfterMidnight).year).toBe(2026);
    expect(vietnamMonth(justAfterMidnight)).toBe(1);
    expect(vietnamMonth(lateOnNewYearsEve)).toBe(12);
    expect(vietnamIsoDate(justAfterMidnight)).toBe("2026-01-01");
  });

  it("targets follow the plan's reference date, else today while the year runs, else 31 December", () => {
    const now = new Date("2026-07-10T20:00:00Z"); // 11/07/2026 03:00 in Hà Nội
    expect(effectiveReferenceDate({ referenceDate: "2026-06-30" }, 2026, now)).toBe("2026-06-30");
    expect(effectiveReferenceDate({ referenceDate: null }, 2026, now)).toBe("2026-07-11");
    expect(effectiveReferenceDate(null, 2025, now)).toBe("2025-12-31");
    expect(effectiveReferenceDate(null, 2027, now)).toBe("2027-12-31");
  });
});

describe("countBucket", () => {
  it("counts photo stories and videos as news, an in-depth article as an article", () => {
    expect(countBucket("NEWS", false)).toEqual({ news: 1, articles: 0, inDepth: 0 });
    expect(countBucket("PHOTO_STORY", false)).toEqual({ news: 1, articles: 0, inDepth: 0 });
    expect(countBucket("VIDEO", false)).toEqual({ news: 1, articles: 0, inDepth: 0 });
    expect(countBucket("ARTICLE", false)).toEqual({ news: 0, articles: 1, inDepth: 0 });
    expect(countBucket("ARTICLE", true)).toEqual({ news: 0, articles: 1, inDepth: 1 });
    // Only an article can be in-depth.
    expect(countBucket("NEWS", true)).toEqual({ news: 1, articles: 0, inDepth: 0 });
  });
});

describe("evaluateQuota", () => {
  it("no rule, or a rule asking nothing, is no target", () => {
    const none = evaluateQuota(null, done(3, 1), OFF);
    expect(none.status).toBe("NO_TARGET");
    expect(none.done).toEqual({ news: 3, articles: 1, inDepth: 0, total: 4 });
    expect(none.remaining).toEqual({ news: 0, articles: 0, inDepth: 0, any: 0 });
    expect(evaluateQuota(rule({}), done(0, 0), OFF).status).toBe("NO_TARGET");
  });

  it("staff: 5 news; 3 done leave 2, 5 complete it, 6 exceed it", () => {
    expect(evaluateQuota(STAFF, done(3, 0), OFF)).toMatchObject({ status: "NOT_YET", remaining: { news: 2, articles: 0, inDepth: 0, any: 0 } });
    expect(evaluateQuota(STAFF, done(5, 0), OFF).status).toBe("COMPLETED");
    expect(evaluateQuota(STAFF, done(6, 0), OFF).status).toBe("EXCEEDED");
  });

  it("the in-depth article serves the in-depth minimum and counts as an article", () => {
    const standing = evaluateQuota(STANDING, done(0, 1, 1), OFF);
    expect(standing).toMatchObject({ status: "COMPLETED", done: { articles: 1, inDepth: 1, total: 1 } });
    // A plain article is not in-depth.
    expect(evaluateQuota(STANDING, done(0, 1, 0), OFF)).toMatchObject({ status: "NOT_YET", remaining: { inDepth: 1, articles: 0 } });
    // Heads need 2 articles: an in-depth one is one of them.
    expect(evaluateQuota(HEAD, done(0, 2, 1), OFF).status).toBe("COMPLETED");
    expect(evaluateQuota(HEAD, done(0, 1, 1), OFF)).toMatchObject({ status: "NOT_YET", remaining: { articles: 1 } });
    // Both minimums: 2 articles of which 1 in-depth.
    const both = rule({ minArticles: 2, minInDepth: 1 });
    expect(targetTotal(both)).toBe(2);
    expect(evaluateQuota(both, done(0, 2, 0), OFF)).toMatchObject({ status: "NOT_YET", remaining: { articles: 0, inDepth: 1 } });
    expect(evaluateQuota(both, done(0, 2, 1), OFF).status).toBe("COMPLETED");
  });

  it("EXCEEDED means more items than the target's total, max(minAny, minNews + max(minArticles, minInDepth))", () => {
    expect(targetTotal(DEPUTY)).toBe(3);
    expect(evaluateQuota(DEPUTY, done(2, 1), OFF).status).toBe("COMPLETED");
    expect(evaluateQuota(DEPUTY, done(3, 1), OFF).status).toBe("EXCEEDED");
    expect(evaluateQuota(DEPUTY, done(2, 2), OFF).status).toBe("EXCEEDED");
    // Many items of the wrong kind never complete a target.
    expect(evaluateQuota(DEPUTY, done(10, 0), OFF)).toMatchObject({ status: "NOT_YET", remaining: { articles: 1, news: 0 } });
    expect(evaluateQuota(STANDING, done(0, 2, 1), OFF).status).toBe("EXCEEDED");
    expect(evaluateQuota(GRASSROOTS, done(1, 0), OFF).status).toBe("COMPLETED");
    expect(evaluateQuota(GRASSROOTS, done(0, 1), OFF).status).toBe("COMPLETED");
    expect(evaluateQuota(GRASSROOTS, done(1, 1), OFF).status).toBe("EXCEEDED");
    expect(evaluateQuota(GRASSROOTS, done(0, 0), OFF)).toMatchObject({ status: "NOT_YET", remaining: { any: 1 } });
  });

  it("articles beyond the article target stand in for missing news only when the plan allows it", () => {
    // Deputy: 1 article and 2 news; wrote 3 articles and 0 news.
    const off = evaluateQuota(DEPUTY, done(0, 3), OFF);
    expect(off).toMatchObject({ status: "NOT_YET", articlesCountedAsNews: 0, remaining: { news: 2, articles: 0 } });
    const on = evaluateQuota(DEPUTY, done(0, 3), ON);
    expect(on).toMatchObject({ status: "COMPLETED", articlesCountedAsNews: 2, remaining: { news: 0, articles: 0 } });
    // Only the spare ones: 2 articles leave 1 spare, so 1 news is still missing.
    expect(evaluateQuota(DEPUTY, done(0, 2), ON)).toMatchObject({ status: "NOT_YET", articlesCountedAsNews: 1, remaining: { news: 1 } });
    // Staff have no article target: every article may stand in.
    expect(evaluateQuota(STAFF, done(3, 2), ON)).toMatchObject({ status: "COMPLETED", articlesCountedAsNews: 2 });
    expect(evaluateQuota(STAFF, done(3, 3), ON)).toMatchObject({ status: "EXCEEDED", articlesCountedAsNews: 2 });
    // The in-depth article a standing member needs is never spare.
    expect(evaluateQuota(rule({ minInDepth: 1, minNews: 1 }), done(0, 1, 1), ON)).toMatchObject({ status: "NOT_YET", articlesCountedAsNews: 0 });
    // News never stand in for articles.
    expect(evaluateQuota(HEAD, done(9, 0), ON)).toMatchObject({ status: "NOT_YET", remaining: { articles: 2 } });
  });

  it("remaining is additive: kinds first, then items of any kind", () => {
    const mixed = rule({ minNews: 2, minArticles: 1, minAny: 5 });
    expect(evaluateQuota(mixed, done(0, 0), OFF).remaining).toEqual({ news: 2, articles: 1, inDepth: 0, any: 2 });
    expect(evaluateQuota(mixed, done(3, 1), OFF)).toMatchObject({ status: "NOT_YET", remaining: { news: 0, articles: 0, any: 1 } });
    expect(evaluateQuota(mixed, done(3, 2), OFF).status).toBe("COMPLETED");
    expect(evaluateQuota(mixed, done(4, 2), OFF).status).toBe("EXCEEDED");
  });
});

describe("the rule's text", () => {
  it("is plain Vietnamese and says which way the plan sets the substitution", () => {
    expect(COUNTING_RULE_TEXT.length).toBeGreaterThanOrEqual(5);
    const joined = COUNTING_RULE_TEXT.join(" ");
    for (const phrase of ["từng tác giả", "đăng lần đầu", "giờ Việt Nam", "gỡ xuống", "Bài chuyên sâu được tính là bài", "ngày chốt", "mỗi tin, bài chỉ tính một lần"]) {
      expect(joined).toContain(phrase);
    }
    expect(countingRuleText({ isArticleForNewsAllowed: true }).join(" ")).toContain("được tính thay cho tin còn thiếu");
    expect(countingRuleText({ isArticleForNewsAllowed: false }).join(" ")).toContain("không được tính thay cho tin còn thiếu");
  });
});
