// The quota workbook read back as Excel would open it: sheets, title, the
// counting rule, a frozen two-level header, numbers as numbers, totals,
// widths, and a valid file with "Không có dữ liệu" when nothing is selected.
import { describe, expect, it } from "vitest";
import { evaluationWorkbookBuffer } from "@/lib/server/exports/evaluation-workbook";
import { quotaWorkbookBuffer } from "@/lib/server/exports/quota-workbook";
import { countingRuleText } from "@/lib/quotas/counting-rule";
import { MONTHLY, PEOPLE, quotaReport, UNITS } from "@/tests/fixtures/report-data";
import { findRow, readWorkbook, rowValues, sheetByName } from "@/tests/setup/read-workbook";

const RULE = countingRuleText({ isArticleForNewsAllowed: false });

async function quotaBook(people = PEOPLE, options: { filterText?: string; withMonthly?: boolean } = {}) {
  const report = quotaReport(people, UNITS);
  const bytes = await quotaWorkbookBuffer({ report, people, countingRule: RULE, filterText: options.filterText, monthly: options.withMonthly === false ? null : MONTHLY });
  return readWorkbook(bytes);
}

describe("quota workbook", () => {
  it("has the people, units and monthly sheets, each titled with the year, the plan, the counting rule and the time", async () => {
    const book = await quotaBook();
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["Cá nhân", "Đơn vị", "Hằng tháng"]);
    for (const sheet of book.worksheets) {
      const top = [1, 2, 3, 4].map((r) => String(sheet.getRow(r).getCell(1).value));
      expect(top[1]).toBe("Theo Kế hoạch hoạt động Trang thông tin điện tử năm 2026 số 91-KH/ĐUK ngày 28/02/2026");
      expect(top[2]).toBe(`Cách tính: ${RULE.join("\n")}`);
      expect(top[2]).toContain("không được tính thay cho tin còn thiếu");
      // 07:05 UTC is 14:05 in Vietnam.
      expect(top[3]).toBe("Số liệu tính đến 14:05, ngày 06 tháng 12 năm 2026");
    }
    expect(sheetByName(book, "Cá nhân").getCell("A1").value).toBe("KẾT QUẢ THỰC HIỆN CHỈ TIÊU VIẾT TIN, BÀI NĂM 2026");
    expect(sheetByName(book, "Hằng tháng").getCell("A1").value).toBe("CÁC BAN, ĐOÀN THỂ VIẾT TIN, BÀI HẰNG THÁNG NĂM 2026");
  });

  it("freezes a two-level Vietnamese header and the name column, and stores the numbers as numbers", async () => {
    const sheet = sheetByName(await quotaBook(), "Cá nhân");
    const header = findRow(sheet, "STT");
    expect(rowValues(sheet, header)).toEqual([
      "STT", "Họ và tên", "Đơn vị", "Chức vụ", "Chỉ tiêu", "Chỉ tiêu", "Chỉ tiêu", "Đã viết", "Đã viết", "Đã viết",
      "Còn thiếu", "Còn thiếu", "Còn thiếu", "Tổng số tin, bài đã viết", "Trạng thái",
    ]);
    expect(rowValues(sheet, header + 1).slice(4, 13)).toEqual(["Tin", "Bài", "Bài chuyên sâu", "Tin", "Bài", "Bài chuyên sâu", "Tin", "Bài", "Bài chuyên sâu"]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: header + 1, xSplit: 2 });

    // Nguyễn Văn An: staff, 5 news asked, 3 written, 2 missing.
    expect(rowValues(sheet, header + 2)).toEqual([1, "Nguyễn Văn An", "Ban Tuyên giáo", "Cán bộ/chuyên viên", 5, 0, 0, 3, 0, 0, 2, 0, 0, 3, "Chưa hoàn thành"]);
    // Trần Thị Bình: deputy, 2 news and 1 article asked, wrote 4 and 2: more than asked.
    expect(rowValues(sheet, header + 3)).toEqual([2, "Trần Thị Bình", "Ban Tuyên giáo", "Phó ban/đoàn thể", 2, 1, 0, 4, 2, 0, 0, 0, 0, 6, "Vượt chỉ tiêu"]);
    // A collaborator has no target: the target and remaining cells stay empty, what he wrote shows.
    expect(rowValues(sheet, header + 6)).toEqual([5, "Hoàng Văn Em", "Ban Tuyên giáo", "Cộng tác viên", null, null, null, 1, 0, 0, null, null, null, 1, "Không có chỉ tiêu"]);
  });

  it("ends with a totals row that adds each number column up and counts who met the target", async () => {
    const sheet = sheetByName(await quotaBook(), "Cá nhân");
    const totals = findRow(sheet, "Tổng cộng", 2);
    expect(totals).toBe(findRow(sheet, "STT") + 2 + PEOPLE.length);
    expect(rowValues(sheet, totals)).toEqual([null, "Tổng cộng", null, null, 7, 4, 1, 8, 4, 1, 2, 1, 1, 12, "2/4 hoàn thành"]);
    expect(sheet.getRow(totals).getCell(5).font?.bold).toBe(true);
  });

  it("sets every column's width from its content, and borders the table", async () => {
    const sheet = sheetByName(await quotaBook(), "Cá nhân");
    const widths = sheet.columns.map((column) => column.width ?? 0);
    expect(widths).toHaveLength(15);
    expect(widths[0]).toBeGreaterThanOrEqual(5);
    expect(widths[1]).toBeGreaterThanOrEqual("Phạm Thị Dung".length + 1);
    expect(widths[3]).toBeGreaterThanOrEqual("Cán bộ/chuyên viên".length + 1);
    expect(Math.max(...widths)).toBeLessThanOrEqual(45);
    const cell = sheet.getRow(findRow(sheet, "STT") + 2).getCell(2);
    expect(cell.border?.left?.style).toBe("thin");
  });

  it("shows the units with their any-kind minimum and the people who met theirs", async () => {
    const sheet = sheetByName(await quotaBook(), "Đơn vị");
    const header = findRow(sheet, "STT");
    const sub = rowValues(sheet, header + 1);
    expect(sub.slice(4, 8)).toEqual(["Tin", "Bài", "Bài chuyên sâu", "Tin hoặc bài"]);
    expect(sub.slice(-3)).toEqual(["Tổng số", "Hoàn thành", "Trạng thái"]);
    // Sở Tài chính: one item of any kind asked, three written; 1 of its 3 people met theirs.
    expect(rowValues(sheet, header + 2)).toEqual([
      1, "Đảng bộ Sở Tài chính", "Cấp ủy cơ sở", "Đảng ủy Khối các cơ quan tỉnh", 0, 0, 0, 1, 2, 1, 0, 0, 0, 0, 0, 3, 3, 1, "Vượt chỉ tiêu",
    ]);
    // Sở Y tế wrote nothing: it still misses one item of any kind.
    expect(rowValues(sheet, header + 3).slice(11, 19)).toEqual([0, 0, 0, 1, 0, 2, 0, "Chưa hoàn thành"]);
  });

  it("lists the monthly grid with the months, the year and the months below the minimum", async () => {
    const sheet = sheetByName(await quotaBook(), "Hằng tháng");
    const header = findRow(sheet, "STT");
    expect(rowValues(sheet, header + 1).slice(4, 7)).toEqual(["Tháng 1", "Tháng 2", "Tháng 3"]);
    expect(rowValues(sheet, header + 2)).toEqual([1, "Ban Tuyên giáo", "Ban", 1, 2, 0, 1, 3, 1]);
    expect(rowValues(sheet, header + 3)).toEqual([2, "Công đoàn Khối", "Đoàn thể", 1, 0, 0, 3, 3, 2]);
  });

  it("says which filters were applied", async () => {
    const sheet = sheetByName(await quotaBook(PEOPLE.slice(0, 1), { filterText: "Trạng thái: Chưa hoàn thành" }), "Cá nhân");
    expect(sheet.getCell("A3").value).toBe("Lọc theo: Trạng thái: Chưa hoàn thành");
    expect(findRow(sheet, "Tổng cộng", 2)).toBe(findRow(sheet, "STT") + 3);
  });

  it("gives a valid workbook with a 'Không có dữ liệu' row for an empty selection, and no monthly sheet when not asked", async () => {
    const book = await quotaBook([], { withMonthly: false });
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["Cá nhân", "Đơn vị"]);
    const sheet = sheetByName(book, "Cá nhân");
    const header = findRow(sheet, "STT");
    expect(sheet.getRow(header + 2).getCell(1).value).toBe("Không có dữ liệu");
    expect(sheet.rowCount).toBe(header + 2);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: header + 1 });
  });
});

describe("evaluation workbook", () => {
  it("lists every member with a target, met (exceeded counts) or not, by unit then position", async () => {
    const book = await readWorkbook(await evaluationWorkbookBuffer(quotaReport(), RULE));
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["Đánh giá"]);
    const sheet = sheetByName(book, "Đánh giá");
    expect(sheet.getCell("A1").value).toBe("DANH SÁCH ĐÁNH GIÁ MỨC ĐỘ HOÀN THÀNH CHỈ TIÊU VIẾT TIN, BÀI NĂM 2026");
    const header = findRow(sheet, "STT");
    expect(rowValues(sheet, header)).toEqual(["STT", "Họ và tên", "Đơn vị", "Chức vụ", "Chỉ tiêu", "Đã thực hiện", "Đã thực hiện", "Đã thực hiện", "Đã thực hiện", "Mức độ hoàn thành", "Ghi chú"]);
    const rows = [2, 3, 4, 5].map((k) => rowValues(sheet, header + k));
    expect(rows.map((row) => [row[1], row[9], row[10]])).toEqual([
      ["Phạm Thị Dung", "Không hoàn thành", null],
      ["Trần Thị Bình", "Hoàn thành", "Vượt chỉ tiêu"],
      ["Nguyễn Văn An", "Không hoàn thành", null],
      ["Lê Văn Cường", "Hoàn thành", null],
    ]);
    expect(rows[0][4]).toBe("1 bài chuyên sâu");
    expect(rowValues(sheet, header + 6)).toEqual([null, "Tổng cộng", null, null, null, 7, 4, 1, 11, "2 hoàn thành, 2 không hoàn thành", null]);
  });
});
