import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MonthlyGrid, monthCount } from "@/components/quotas/monthly-grid";
import { ownPanelText } from "@/components/quotas/own-quota-progress";
import { PersonQuotaTable } from "@/components/quotas/person-quota-table";
import { pickerYears } from "@/components/quotas/quota-year-picker";
import { sectionBehindText, SectionsBehindList } from "@/components/quotas/sections-behind-list";
import { sumCountedItems } from "@/components/quotas/counted-items-table";
import { evaluateQuota } from "@/lib/quotas/counting-rule";
import type { CountedItem, MonthlyParticipation, PersonQuotaRow } from "@/lib/quotas/quota-types";
import type { SectionCadenceRow } from "@/lib/reports/report-types";

describe("the sections behind their cadence", () => {
  const row = { name: "Theo gương Bác", published: 1, expected: 3 };
  it("say how long a section has been silent, or that it never wrote", () => {
    expect(sectionBehindText({ ...row, daysSinceLast: 3 })).toBe("Theo gương Bác: 3 ngày chưa có tin, bài mới");
    expect(sectionBehindText({ ...row, daysSinceLast: null })).toBe("Theo gương Bác: chưa có tin, bài nào");
    expect(sectionBehindText({ ...row, daysSinceLast: 0 })).toBe("Theo gương Bác: mới có 1/3 tin, bài trong kỳ");
  });

  it("list the longest silent first, and say so when none is behind", () => {
    const section = (sectionId: number, name: string, daysSinceLast: number | null): SectionCadenceRow => ({
      sectionId, name, daysSinceLast, cadence: "WEEKLY", cadenceTarget: 2, expected: 2, published: 0, longestGapDays: 9, isBehind: true,
    });
    const html = renderToStaticMarkup(createElement(SectionsBehindList, { rows: [section(1, "Tin tức", 2), section(2, "Theo gương Bác", 9), section(3, "Mới", null)] }));
    expect(html.indexOf("Mới: chưa có")).toBeLessThan(html.indexOf("Theo gương Bác: 9 ngày"));
    expect(html.indexOf("Theo gương Bác: 9 ngày")).toBeLessThan(html.indexOf("Tin tức: 2 ngày"));
    expect(html).toContain("hằng tuần: ít nhất 2 tin, bài");
    expect(renderToStaticMarkup(createElement(SectionsBehindList, { rows: [] }))).toContain("Mọi chuyên mục đều đăng đúng nhịp đã đặt.");
  });
});

describe("the signed-in author's line in the editor's panel", () => {
  it("speaks to them", () => {
    expect(ownPanelText({ year: 2026, text: "Năm 2026: còn 2 tin nữa" })).toBe("Năm 2026 của bạn: còn 2 tin nữa");
    expect(ownPanelText({ year: 2026, text: "Năm 2026: vượt chỉ tiêu (7/5 tin)" })).toBe("Năm 2026 của bạn: vượt chỉ tiêu (7/5 tin)");
  });
});

describe("the year picker", () => {
  it("offers a year ahead, five back, and any year asked for, newest first", () => {
    expect(pickerYears(2026, 2026)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021]);
    expect(pickerYears(2015, 2026)).toContain(2015);
    expect(pickerYears(2015, 2026).at(-1)).toBe(2015);
  });
});

describe("the items that counted", () => {
  it("add up by the counting rule: photo stories and videos as news, in-depth articles as articles", () => {
    const item = (id: number, kind: CountedItem["kind"], isInDepth = false): CountedItem => ({
      id, kind, isInDepth, slug: `s-${id}`, title: `T ${id}`, publishedAt: "2026-03-01T01:00:00.000Z", sectionNames: [], authorNames: [],
    });
    expect(sumCountedItems([item(1, "NEWS"), item(2, "PHOTO_STORY"), item(3, "VIDEO"), item(4, "ARTICLE"), item(5, "ARTICLE", true)])).toEqual({
      news: 3, articles: 2, inDepth: 1, total: 5,
    });
    expect(sumCountedItems([])).toEqual({ news: 0, articles: 0, inDepth: 0, total: 0 });
  });
});

describe("the monthly grid", () => {
  const data: MonthlyParticipation = {
    year: 2026,
    months: [1, 2, 3],
    rows: [{ unitId: 7, name: "Công đoàn Khối", kind: "MASS_ORGANISATION", minPerMonth: 2, counts: [3, 0, 1] }],
  };
  const html = renderToStaticMarkup(createElement(MonthlyGrid, { data }));

  it("reads each reached month's count and leaves months to come out", () => {
    expect([1, 2, 3, 4].map((month) => monthCount(data, data.rows[0], month))).toEqual([3, 0, 1, null]);
  });

  it("marks a month with nothing by a symbol and words, a short month too, and totals the unit", () => {
    expect(html).toContain('<span aria-hidden="true">✕</span><span class="sr-only">Không có tin, bài</span>');
    expect(html).toContain("(chưa đủ 2 tin, bài)");
    expect(html.match(/Chưa đến/g)).toHaveLength(9);
    // Year total 4, one month with nothing.
    expect(html).toMatch(/>4<\/td><td[^>]*>1<\/td><\/tr>/);
  });

  it("says so when no unit has to write every month", () => {
    expect(renderToStaticMarkup(createElement(MonthlyGrid, { data: { ...data, rows: [] } }))).toContain("không giao chỉ tiêu hằng tháng");
  });
});

describe("the person table", () => {
  const row: PersonQuotaRow = {
    userId: 5, name: "Nguyễn Văn An", position: "STAFF", unitId: 2, unitName: "Ban Tổ chức", unitPathIds: [2, 1], isActive: true,
    evaluation: evaluateQuota({ minNews: 5, minArticles: 0, minInDepth: 0, minAny: 0 }, { news: 2, articles: 0, inDepth: 0 }, { isArticleForNewsAllowed: false }),
  };
  const html = renderToStaticMarkup(
    createElement(PersonQuotaTable, {
      rows: [row], year: 2026, sort: { sort: "done", direction: "desc" },
      sortHref: (next) => `/x?sap-xep=${next.sort}&chieu=${next.direction}`, personHref: (id) => `/p/${id}`,
    }),
  );

  it("tells screen readers which column sorts and which way, and flips it on the sorted column", () => {
    expect(html.match(/aria-sort="/g)).toHaveLength(1);
    expect(html).toMatch(/<th scope="col" aria-sort="descending"[^>]*><a [^>]*href="\/x\?sap-xep=done&amp;chieu=asc"/);
    expect(html).toContain('href="/x?sap-xep=name&amp;chieu=asc"');
  });

  it("shows the target, what was done and what remains, with the status in words", () => {
    expect(html).toContain('href="/p/5"');
    expect(html).toContain("≥ 5 tin");
    expect(html).toContain("2 tin");
    expect(html).toContain("còn 3 tin");
    expect(html).toContain("Chưa hoàn thành");
  });
});

describe("the monthly grid while the year runs", () => {
  const data: MonthlyParticipation = {
    year: 2026,
    months: [1, 2],
    rows: [{ unitId: 7, name: "Ban Tổ chức", kind: "DEPARTMENT", minPerMonth: 1, counts: [0, 0] }],
  };

  it("does not mark the running month as missed", () => {
    const html = renderToStaticMarkup(createElement(MonthlyGrid, { data, currentMonth: 2 }));
    expect(html.match(/Không có tin, bài/g)).toHaveLength(1);
    expect(html).toContain("(tháng đang diễn ra)");
    // One month missed (January), not two.
    expect(html).toMatch(/>0<\/td><td[^>]*>1<\/td><\/tr>/);
  });
});
