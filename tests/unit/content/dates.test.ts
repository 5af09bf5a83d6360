import { describe, expect, it } from "vitest";
import { formatDateTime, formatLongDate, formatShortDate, formatWeekdayDate } from "@/lib/content/dates";

describe("Vietnamese dates", () => {
  it("writes the long form with zero-padded day and month", () => {
    expect(formatLongDate("2019-02-28T03:00:00Z")).toBe("ngày 28 tháng 02 năm 2019");
  });

  it("uses Vietnam's time zone, not the server's", () => {
    // 18:30 UTC on 31 December is already New Year's Day in Hà Nội.
    expect(formatShortDate("2025-12-31T18:30:00Z")).toBe("01/01/2026");
    expect(formatDateTime("2025-12-31T18:30:00Z")).toBe("01:30, ngày 01 tháng 01 năm 2026");
  });

  it("names the weekday in Vietnamese", () => {
    expect(formatWeekdayDate("2026-11-22T05:00:00Z")).toBe("Chủ nhật, 22/11/2026");
    expect(formatWeekdayDate("2026-11-23T05:00:00Z")).toBe("Thứ Hai, 23/11/2026");
  });
});
