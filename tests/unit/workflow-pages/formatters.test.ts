import { describe, expect, it } from "vitest";
import { formatElapsed, formatWaitingTime, isLongWait } from "@/lib/items/format-waiting-time";
import { formatQuotaProgress } from "@/lib/quotas/format-quota-progress";
import { quotaYear } from "@/lib/quotas/quota-year";
import { filterQuery, pageHref, parseItemListFilter } from "@/lib/server/items/lists/item-list-filter";

const now = new Date("2026-11-23T10:00:00+07:00");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("waiting time", () => {
  it("reads in minutes, hours and days, rounded down", () => {
    expect(formatWaitingTime(ago(20_000), now)).toBe("chờ dưới 1 phút");
    expect(formatWaitingTime(ago(5 * 60_000 + 59_000), now)).toBe("chờ 5 phút");
    expect(formatWaitingTime(ago(3 * 3_600_000 + 10 * 60_000), now)).toBe("chờ 3 giờ");
    expect(formatWaitingTime(ago(2 * 86_400_000 + 5 * 3_600_000), now)).toBe("chờ 2 ngày");
    expect(formatElapsed(ago(59 * 60_000), now)).toBe("59 phút");
    expect(formatElapsed(ago(23 * 3_600_000), now)).toBe("23 giờ");
  });

  it("never goes negative when clocks disagree, and flags waits over two days", () => {
    expect(formatWaitingTime(new Date(now.getTime() + 60_000), now)).toBe("chờ dưới 1 phút");
    expect(isLongWait(ago(47 * 3_600_000), now)).toBe(false);
    expect(isLongWait(ago(49 * 3_600_000), now)).toBe(true);
  });
});

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

describe("item list filter", () => {
  it("keeps known values and drops the rest", () => {
    expect(parseItemListFilter({ status: "RETURNED", kind: "ARTICLE", q: "  đại hội ", trang: "3" })).toEqual({
      status: "RETURNED",
      kind: "ARTICLE",
      q: "đại hội",
      page: 3,
    });
    expect(parseItemListFilter({ status: "NONSENSE", kind: "POEM", q: "", trang: "-1" })).toEqual({
      status: undefined,
      kind: undefined,
      q: undefined,
      page: 1,
    });
  });

  it("builds page links that drop page 1", () => {
    const query = filterQuery({ status: "SUBMITTED", q: "tin", page: 2 });
    expect(pageHref("/quan-tri/bai-viet", query, 1)).toBe("/quan-tri/bai-viet?status=SUBMITTED&q=tin");
    expect(pageHref("/quan-tri/bai-viet", query, 2)).toBe("/quan-tri/bai-viet?status=SUBMITTED&q=tin&trang=2");
    expect(pageHref("/quan-tri/bai-viet", new URLSearchParams(), 1)).toBe("/quan-tri/bai-viet");
  });
});

describe("published counts without the year", () => {
  it("reads the same words as the quota progress", async () => {
    const { formatPublishedCounts } = await import("@/lib/quotas/format-quota-progress");
    expect(formatPublishedCounts({ news: 1, articles: 3, inDepth: 2 })).toBe("1 tin, 3 bài (2 chuyên sâu)");
    expect(formatPublishedCounts({ news: 0, articles: 0, inDepth: 0 })).toBe("chưa có tin, bài nào được đăng");
  });
});

describe("schedule time in Vietnam", () => {
  it("reads the datetime-local value as UTC+7 whatever the browser's zone", async () => {
    const { vietnamInputToIso, dateToVietnamInput } = await import("@/lib/workflow/schedule-time");
    expect(vietnamInputToIso("2026-11-24T08:30")).toBe("2026-11-24T08:30:00+07:00");
    expect(new Date(vietnamInputToIso("2026-11-24T08:30")!).toISOString()).toBe("2026-11-24T01:30:00.000Z");
    expect(vietnamInputToIso("2026-02-30T08:30")).toBeNull();
    expect(vietnamInputToIso("2026-11-24T25:00")).toBeNull();
    expect(vietnamInputToIso("")).toBeNull();
    expect(dateToVietnamInput(new Date("2026-11-23T18:05:00Z"))).toBe("2026-11-24T01:05");
  });
});

describe("after a move", () => {
  it("sends the person back to their desk when the item has left it, else keeps them on the item", async () => {
    const { afterMoveHref } = await import("@/components/workflow/after-move");
    const { parseMoveFlash } = await import("@/components/workflow/move-flash");
    expect(afterMoveHref("forward", "SUBMITTED")).toBe("/quan-tri/bien-tap?xong=forward");
    expect(afterMoveHref("return", "SUBMITTED")).toBe("/quan-tri/bien-tap?xong=return");
    expect(afterMoveHref("reject", "SUBMITTED")).toBe("/quan-tri/bien-tap?xong=reject");
    expect(afterMoveHref("reject", "FORWARDED")).toBe("/quan-tri/phe-duyet?xong=reject");
    expect(afterMoveHref("publish", "FORWARDED")).toBe("/quan-tri/phe-duyet?xong=publish");
    expect(afterMoveHref("submit", "DRAFT")).toBe("/quan-tri/bai-viet?xong=submit");
    expect(afterMoveHref("withdraw", "SUBMITTED")).toBeNull();
    expect(afterMoveHref("unpublish", "PUBLISHED")).toBeNull();
    expect(parseMoveFlash("forward")).toBe("forward");
    expect(parseMoveFlash(["publish", "x"])).toBe("publish");
    expect(parseMoveFlash("<script>")).toBeNull();
  });

  it("reads the revision pair to compare", async () => {
    const { parseComparePair, compareHref } = await import("@/components/workflow/revision-links");
    expect(parseComparePair(["4", "9"])).toEqual({ pair: [4, 9] });
    expect(parseComparePair(undefined)).toEqual({ problem: "none" });
    expect(parseComparePair("4")).toEqual({ problem: "count" });
    expect(parseComparePair(["4", "4"])).toEqual({ problem: "count" });
    expect(parseComparePair(["1", "2", "3"])).toEqual({ problem: "count" });
    expect(compareHref(7, 4, 9)).toBe("/quan-tri/bai-viet/7/phien-ban?so-sanh=4&so-sanh=9");
  });

  it("names the bell with its unread count", async () => {
    const { bellLabel } = await import("@/components/workflow/notification-bell");
    expect(bellLabel(3)).toBe("Thông báo, 3 chưa đọc");
    expect(bellLabel(0)).toBe("Thông báo");
  });
});
