import { describe, expect, it } from "vitest";
import { formatPublishedCounts, formatQuotaProgress } from "@/lib/quotas/format-quota-progress";
import { quotaYear } from "@/lib/quotas/quota-year";

describe("quota progress text", () => {
  it("names news and articles, with the in-depth ones in brackets", () => {
    expect(formatQuotaProgress(2026, { news: 3, articles: 1, inDepth: 0 })).toBe("Năm 2026: 3 tin, 1 bài");
    expect(formatQuotaProgress(2026, { news: 0, articles: 2, inDepth: 1 })).toBe("Năm 2026: 2 bài (1 chuyên sâu)");
    expect(formatQuotaProgress(2026, { news: 5, articles: 0, inDepth: 0 })).toBe("Năm 2026: 5 tin");
    expect(formatQuotaProgress(2027, { news: 0, articles: 0, inDepth: 0 })).toBe("Năm 2027: chưa có tin, bài nào được đăng");
  });

  it("takes the year in Vietnam time", () => {
    // 31/12/2025 18:00 UTC is already 01/01/2026 01:00 in Hà Nội.
    const year = quotaYear(new Date("2025-12-31T18:00:00Z"));
    expect(year.year).toBe(2026);
    expect(year.start.toISOString()).toBe("2025-12-31T17:00:00.000Z");
    expect(year.end.toISOString()).toBe("2026-12-31T17:00:00.000Z");
  });
});

describe("published counts without the year", () => {
  it("reads the same words as the quota progress", () => {
    expect(formatPublishedCounts({ news: 1, articles: 3, inDepth: 2 })).toBe("1 tin, 3 bài (2 chuyên sâu)");
    expect(formatPublishedCounts({ news: 0, articles: 0, inDepth: 0 })).toBe("chưa có tin, bài nào được đăng");
  });
});
