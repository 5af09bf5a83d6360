import { describe, expect, it } from "vitest";
import {
  dayTextProblem,
  dayTextToIso,
  isoToDayText,
  normalizeDayText,
  parseDayText,
  parseTimeText,
  toVietnamDayAndTime,
  vietnamDateTimeToIso,
} from "@/lib/dates/day-text";

describe("typed dates (dd/mm/yyyy)", () => {
  it("reads day/month/year, the Vietnamese order, never month/day", () => {
    expect(dayTextToIso("06/12/2026")).toBe("2026-12-06");
    expect(dayTextToIso("6/1/2026")).toBe("2026-01-06");
    expect(dayTextToIso(" 13/02/2026 ")).toBe("2026-02-13");
    expect(dayTextToIso("06.12.2026")).toBe("2026-12-06");
    expect(dayTextToIso("06-12-2026")).toBe("2026-12-06");
  });

  it("keeps accepting ISO days from anything that sends them", () => {
    expect(dayTextToIso("2026-12-06")).toBe("2026-12-06");
    expect(dayTextToIso("2026-1-6")).toBe("2026-01-06");
  });

  it("refuses days that are not on the calendar, and says why in Vietnamese", () => {
    expect(parseDayText("31/02/2026")).toEqual({ ok: false, reason: "notOnCalendar" });
    expect(parseDayText("29/02/2025")).toEqual({ ok: false, reason: "notOnCalendar" });
    expect(dayTextToIso("29/02/2024")).toBe("2024-02-29");
    expect(parseDayText("12/13/2026")).toEqual({ ok: false, reason: "notOnCalendar" });
    for (const bad of ["", "hôm qua", "2026/12/06", "06/12/26", "06122026", "12/06/2026 08:00"]) {
      expect(parseDayText(bad), bad).toEqual({ ok: false, reason: "invalid" });
    }
    expect(dayTextProblem("31/02/2026")).toBe("Ngày này không có trên lịch.");
    expect(dayTextProblem("12-2026")).toBe("Nhập ngày theo dạng ngày/tháng/năm, ví dụ 06/12/2026.");
    expect(dayTextProblem("", { isRequired: true })).toMatch(/ngày\/tháng\/năm/);
    expect(dayTextProblem("")).toBeNull();
  });

  it("checks bounds and names them the way they are typed", () => {
    expect(dayTextProblem("01/01/1929", { min: "1930-01-01" })).toBe("Ngày phải từ 01/01/1930 trở đi.");
    expect(dayTextProblem("08/12/2026", { max: "2026-12-07" })).toBe("Ngày không được sau 07/12/2026.");
    expect(dayTextProblem("07/12/2026", { min: "1930-01-01", max: "2026-12-07" })).toBeNull();
  });

  it("hands zod the ISO day and leaves the rest for its own messages", () => {
    expect(normalizeDayText("06/12/2026")).toBe("2026-12-06");
    expect(normalizeDayText(" 31/02/2026 ")).toBe("2026-02-31");
    expect(normalizeDayText("2026-2-3")).toBe("2026-02-03");
    expect(normalizeDayText("hôm qua")).toBe("hôm qua");
    expect(normalizeDayText(undefined)).toBeUndefined();
  });

  it("shows stored days as dd/mm/yyyy", () => {
    expect(isoToDayText("2026-12-06")).toBe("06/12/2026");
    expect(isoToDayText("2026-12-06T00:00:00.000Z")).toBe("06/12/2026");
    expect(isoToDayText("06/12/2026")).toBe("06/12/2026");
    expect(isoToDayText(null)).toBe("");
  });
});

describe("typed times in Vietnam", () => {
  it("reads hh:mm on a 24-hour clock", () => {
    expect(parseTimeText("8:30")).toBe("08:30");
    expect(parseTimeText("08h30")).toBe("08:30");
    expect(parseTimeText("23:59")).toBe("23:59");
    for (const bad of ["24:00", "8:60", "8 giờ", "830", ""]) expect(parseTimeText(bad), bad).toBeNull();
  });

  it("turns a Vietnam date and time into an instant, whatever the server's zone", () => {
    expect(vietnamDateTimeToIso("06/12/2026", "08:30")).toBe("2026-12-06T08:30:00+07:00");
    expect(new Date(vietnamDateTimeToIso("01/01/2026", "00:15")!).toISOString()).toBe("2025-12-31T17:15:00.000Z");
    expect(vietnamDateTimeToIso("31/02/2026", "08:30")).toBeNull();
    expect(vietnamDateTimeToIso("06/12/2026", "25:00")).toBeNull();
  });

  it("shows an instant on Vietnam's clock", () => {
    expect(toVietnamDayAndTime("2025-12-31T17:15:00Z")).toEqual({ day: "01/01/2026", time: "00:15" });
  });
});
