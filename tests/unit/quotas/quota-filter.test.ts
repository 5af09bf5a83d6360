import { describe, expect, it } from "vitest";
import { evaluateQuota } from "@/lib/quotas/counting-rule";
import { filterPersonRows, nameMatches, pagePersonRows, parseQuotaFilter, quotaFilterQuery } from "@/lib/quotas/quota-filter";
import type { PersonQuotaRow, QuotaFilter } from "@/lib/quotas/quota-types";
import type { Position } from "@/lib/generated/prisma/enums";

const NOW = new Date("2026-05-10T03:00:00Z");
const STAFF = { minNews: 5, minArticles: 0, minInDepth: 0, minAny: 0 };

function row(userId: number, name: string, news: number, extra: { position?: Position; unitId?: number; unitName?: string; path?: number[] } = {}): PersonQuotaRow {
  const position = extra.position ?? "STAFF";
  return {
    userId,
    name,
    position,
    unitId: extra.unitId ?? 10,
    unitName: extra.unitName ?? "Ban Tuyên giáo",
    unitPathIds: extra.path ?? [extra.unitId ?? 10, 1],
    isActive: true,
    evaluation: evaluateQuota(position === "COLLABORATOR" ? null : STAFF, { news, articles: 0, inDepth: 0 }, { isArticleForNewsAllowed: false }),
  };
}

const ROWS = [
  row(1, "Nguyễn Văn An", 5),
  row(2, "Nguyễn Văn Bình", 2, { unitId: 30, unitName: "Chi bộ Phòng Y", path: [30, 20, 1] }),
  row(3, "Trần Thị Nguyên", 7, { unitId: 20, unitName: "Đảng bộ Sở Y tế", path: [20, 1] }),
  row(4, "Đặng Quốc Đạt", 0, { position: "COLLABORATOR" }),
  row(5, "Lê Thị Ánh", 1),
];
const filter = (over: Partial<QuotaFilter> = {}): QuotaFilter => ({ ...parseQuotaFilter({}, NOW), ...over });
const ids = (rows: PersonQuotaRow[]) => rows.map((r) => r.userId);

describe("parseQuotaFilter / quotaFilterQuery", () => {
  it("reads the URL and ignores what is malformed", () => {
    expect(parseQuotaFilter({}, NOW)).toEqual({ year: 2026, sort: "name", direction: "asc", page: 1, unitId: undefined, position: undefined, status: undefined, q: undefined });
    expect(
      parseQuotaFilter({ nam: "2025", "don-vi": "20", "chuc-vu": "DEPUTY", "trang-thai": "NOT_YET", q: "  nguyen  ", "sap-xep": "remaining", chieu: "giam", trang: "3" }, NOW),
    ).toEqual({ year: 2025, unitId: 20, position: "DEPUTY", status: "NOT_YET", q: "nguyen", sort: "remaining", direction: "desc", page: 3 });
    expect(
      parseQuotaFilter({ nam: "abc", "don-vi": "-1", "chuc-vu": "KING", "trang-thai": "DONE", "sap-xep": "salary", chieu: "up", trang: "0" }, NOW),
    ).toEqual({ year: 2026, unitId: undefined, position: undefined, status: undefined, q: undefined, sort: "name", direction: "asc", page: 1 });
    expect(parseQuotaFilter({ nam: ["2024", "2025"] }, NOW).year).toBe(2024);
    expect(parseQuotaFilter({ nam: "1890" }, NOW).year).toBe(2026);
  });

  it("writes the view back as parameters, page only when asked", () => {
    const view = filter({ year: 2025, unitId: 20, status: "NOT_YET", q: "Bình", sort: "done", direction: "desc", page: 2 });
    expect(quotaFilterQuery(view).toString()).toBe("nam=2025&don-vi=20&trang-thai=NOT_YET&q=B%C3%ACnh&sap-xep=done&chieu=giam");
    expect(quotaFilterQuery(view, { withPage: true }).get("trang")).toBe("2");
    expect(parseQuotaFilter(Object.fromEntries(quotaFilterQuery(view, { withPage: true })), NOW)).toEqual(view);
    expect(quotaFilterQuery(filter()).toString()).toBe("nam=2026");
  });
});

describe("filterPersonRows", () => {
  it("finds names with or without diacritics, word by word", () => {
    expect(ids(filterPersonRows(ROWS, filter({ q: "nguyen van" })))).toEqual([1, 2]);
    expect(ids(filterPersonRows(ROWS, filter({ q: "NGUYỄN" })))).toEqual([1, 2]);
    // Typed with marks, the marks count: "Nguyên" is not "Nguyễn".
    expect(ids(filterPersonRows(ROWS, filter({ q: "Nguyên" })))).toEqual([3]);
    expect(ids(filterPersonRows(ROWS, filter({ q: "dat" })))).toEqual([4]);
    expect(ids(filterPersonRows(ROWS, filter({ q: "anh le" })))).toEqual([5]);
    expect(nameMatches("Đặng Quốc Đạt", "đạt")).toBe(true);
    expect(filterPersonRows(ROWS, filter({ q: "không có ai" }))).toEqual([]);
  });

  it("filters a unit with the units under it, a position and a status", () => {
    expect(ids(filterPersonRows(ROWS, filter({ unitId: 20 })))).toEqual([2, 3]);
    expect(ids(filterPersonRows(ROWS, filter({ unitId: 30 })))).toEqual([2]);
    expect(ids(filterPersonRows(ROWS, filter({ position: "COLLABORATOR" })))).toEqual([4]);
    expect(ids(filterPersonRows(ROWS, filter({ status: "NOT_YET" })))).toEqual([5, 2]);
    expect(ids(filterPersonRows(ROWS, filter({ status: "EXCEEDED", unitId: 20 })))).toEqual([3]);
  });

  it("sorts by name in Vietnamese order, and by unit, done, remaining and status with the name breaking ties", () => {
    expect(ids(filterPersonRows(ROWS, filter()))).toEqual([4, 5, 1, 2, 3]);
    expect(ids(filterPersonRows(ROWS, filter({ direction: "desc" })))).toEqual([3, 2, 1, 5, 4]);
    expect(ids(filterPersonRows(ROWS, filter({ sort: "done", direction: "desc" })))).toEqual([3, 1, 2, 5, 4]);
    // Remaining: An 0, Nguyên 0, Đạt 0 (no target), Bình 3, Ánh 4.
    expect(ids(filterPersonRows(ROWS, filter({ sort: "remaining", direction: "desc" })))).toEqual([5, 2, 4, 1, 3]);
    expect(ids(filterPersonRows(ROWS, filter({ sort: "status" })))).toEqual([5, 2, 1, 3, 4]);
    expect(ids(filterPersonRows(ROWS, filter({ sort: "unit" })))).toEqual([4, 5, 1, 2, 3]);
    expect(ids(filterPersonRows(ROWS, filter({ sort: "position" })))).toEqual([5, 1, 2, 3, 4]);
  });
});

describe("pagePersonRows", () => {
  const many = Array.from({ length: 120 }, (_, n) => row(n + 1, `Cán bộ ${n + 1}`, n % 7));
  it("cuts pages of 50 and keeps the page inside the range", () => {
    expect(pagePersonRows(many, 1)).toMatchObject({ total: 120, page: 1, pageCount: 3 });
    expect(pagePersonRows(many, 1).rows).toHaveLength(50);
    expect(pagePersonRows(many, 3).rows.map((r) => r.userId)).toEqual(many.slice(100).map((r) => r.userId));
    expect(pagePersonRows(many, 9)).toMatchObject({ page: 3, pageCount: 3 });
    expect(pagePersonRows([], 2)).toEqual({ rows: [], total: 0, page: 1, pageCount: 1 });
  });
});
