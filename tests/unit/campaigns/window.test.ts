import { afterEach, describe, expect, it } from "vitest";
import { normaliseLinkTarget } from "@/lib/campaigns/link-target";
import {
  formatVietnamMoment,
  hasEdgeBetween,
  isRunning,
  isUpsideDown,
  nextEdge,
  parseVietnamMoment,
  toVietnamFields,
  windowState,
} from "@/lib/campaigns/window";

const at = (iso: string) => new Date(iso);
function parsed(date: string, time: string, edge: "start" | "end"): string | null {
  const result = parseVietnamMoment(date, time, edge);
  if (!result.ok) throw new Error(`refused ${date} ${time}`);
  return result.date?.toISOString() ?? null;
}

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe("Vietnam dates typed in the back office", () => {
  it("reads dd/mm/yyyy and a time as Vietnam time (UTC+7)", () => {
    expect(parsed("06/12/2026", "08:30", "start")).toBe("2026-12-06T01:30:00.000Z");
    expect(parsed("6/12/2026", "", "start")).toBe("2026-12-05T17:00:00.000Z");
    expect(parsed("2026-12-06", "00:15", "start")).toBe("2026-12-05T17:15:00.000Z");
  });

  it("makes a date-only end include the whole Vietnam day", () => {
    const end = at(parsed("31/12/2026", "", "end")!);
    // 23:59:59 on 31/12 in Vietnam is 16:59:59Z: still running.
    expect(isRunning({ startsAt: at("2026-12-01T00:00:00Z"), endsAt: end }, at("2026-12-31T16:59:59.999Z"))).toBe(true);
    // Midnight of 1/1 in Vietnam (17:00Z on 31/12 UTC): over.
    expect(isRunning({ startsAt: at("2026-12-01T00:00:00Z"), endsAt: end }, at("2026-12-31T17:00:00Z"))).toBe(false);
  });

  it("does not depend on the server's time zone", () => {
    const results = ["UTC", "America/New_York", "Asia/Tokyo", "Pacific/Kiritimati"].map((zone) => {
      process.env.TZ = zone;
      return [parsed("01/03/2026", "", "start"), parsed("28/02/2026", "", "end"), parsed("15/06/2026", "23:59", "end"), toVietnamFields(at("2026-02-28T17:00:00Z"), "end")];
    });
    for (const result of results) expect(result).toEqual(results[0]);
    expect(results[0]![0]).toBe("2026-02-28T17:00:00.000Z");
    expect(results[0]![1]).toBe("2026-02-28T17:00:00.000Z");
    expect(results[0]![3]).toEqual({ date: "28/02/2026", time: "" });
  });

  it("refuses impossible dates and times, and a time without a date", () => {
    expect(parseVietnamMoment("31/02/2026", "", "start")).toEqual({ ok: false, error: "date" });
    expect(parseVietnamMoment("12/31/2026", "", "start")).toEqual({ ok: false, error: "date" });
    expect(parseVietnamMoment("06/12/26", "", "start")).toEqual({ ok: false, error: "date" });
    expect(parseVietnamMoment("06/12/2026", "24:00", "start")).toEqual({ ok: false, error: "time" });
    expect(parseVietnamMoment("06/12/2026", "8h30", "start")).toEqual({ ok: false, error: "time" });
    expect(parseVietnamMoment("", "08:30", "start")).toEqual({ ok: false, error: "date" });
    expect(parseVietnamMoment("", "", "end")).toEqual({ ok: true, date: null });
  });

  it("reads a stored window back into the form as it was typed", () => {
    for (const [date, time, edge] of [
      ["06/12/2026", "08:30", "start"],
      ["06/12/2026", "", "start"],
      ["31/12/2026", "", "end"],
      ["31/12/2026", "17:45", "end"],
      ["01/01/2027", "00:30", "end"],
    ] as const) {
      expect(toVietnamFields(at(parsed(date, time, edge)!), edge)).toEqual({ date, time });
    }
    expect(formatVietnamMoment(at("2026-12-06T01:30:00Z"), "start")).toBe("06/12/2026 08:30");
    expect(formatVietnamMoment(at("2026-12-31T17:00:00Z"), "end")).toBe("31/12/2026");
  });
});

describe("the window around now", () => {
  const window = { startsAt: at("2026-12-05T17:00:00Z"), endsAt: at("2026-12-06T17:00:00Z") }; // all of 06/12 in Vietnam

  it("is upcoming before its start, running from its start, ended at its end (half-open)", () => {
    expect(windowState(window, at("2026-12-05T16:59:59.999Z"))).toBe("upcoming");
    expect(windowState(window, at("2026-12-05T17:00:00Z"))).toBe("running");
    expect(windowState(window, at("2026-12-06T16:59:59.999Z"))).toBe("running");
    expect(windowState(window, at("2026-12-06T17:00:00Z"))).toBe("ended");
  });

  it("treats missing edges as open", () => {
    expect(windowState({ startsAt: null, endsAt: null }, at("2000-01-01T00:00:00Z"))).toBe("running");
    expect(windowState({ startsAt: null, endsAt: window.endsAt }, at("2030-01-01T00:00:00Z"))).toBe("ended");
    expect(windowState({ startsAt: window.startsAt, endsAt: null }, at("2020-01-01T00:00:00Z"))).toBe("upcoming");
  });

  it("knows an upside-down or empty window", () => {
    expect(isUpsideDown({ startsAt: window.endsAt, endsAt: window.startsAt })).toBe(true);
    expect(isUpsideDown({ startsAt: window.startsAt, endsAt: window.startsAt })).toBe(true);
    expect(isUpsideDown(window)).toBe(false);
    expect(isUpsideDown({ startsAt: null, endsAt: window.startsAt })).toBe(false);
  });

  it("finds the next edge and the edges crossed between two ticks", () => {
    const other = { startsAt: "2026-12-06T03:00:00.000Z", endsAt: null };
    expect(nextEdge([window, other], at("2026-12-05T00:00:00Z"))?.toISOString()).toBe("2026-12-05T17:00:00.000Z");
    expect(nextEdge([window, other], at("2026-12-05T17:00:00Z"))?.toISOString()).toBe("2026-12-06T03:00:00.000Z");
    expect(nextEdge([window, other], at("2026-12-07T00:00:00Z"))).toBeNull();
    expect(hasEdgeBetween([window], at("2026-12-05T16:59:58Z"), at("2026-12-05T17:00:00Z"))).toBe(true);
    expect(hasEdgeBetween([window], at("2026-12-05T17:00:00Z"), at("2026-12-05T17:00:02Z"))).toBe(false);
  });
});

describe("banner links", () => {
  it("keeps internal paths and http(s) addresses, refuses the rest", () => {
    expect(normaliseLinkTarget("/chuyen-trang/dai-hoi")).toBe("/chuyen-trang/dai-hoi");
    expect(normaliseLinkTarget(" https://nhandan.vn ")).toBe("https://nhandan.vn/");
    expect(normaliseLinkTarget("http://www.tapchicongsan.org.vn/")).toBe("http://www.tapchicongsan.org.vn/");
    for (const bad of ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "//evil.example", "/\\evil.example", "ftp://x.vn", "nhandan.vn", "", "https://"]) {
      expect(normaliseLinkTarget(bad), bad).toBeNull();
    }
  });
});
