import { describe, expect, it } from "vitest";
import { formatElapsed, formatWaitingTime, isLongWait } from "@/lib/items/format-waiting-time";
import { filterQuery, parseItemListFilter } from "@/lib/server/items/lists/item-list-filter";
import { pageHref } from "@/lib/urls";

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
