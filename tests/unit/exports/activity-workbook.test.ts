// The activity report's workbook read back: one sheet per table, each with
// this period, the previous one and the change; dates as Excel dates on the
// Vietnam day; units and people with a quota that wrote nothing listed too.
import { describe, expect, it } from "vitest";
import { activityWorkbookBuffer } from "@/lib/server/exports/activity-workbook";
import { changeText } from "@/lib/exports/activity-rows";
import { attachmentDisposition } from "@/lib/exports/xlsx-response";
import { measureColumns } from "@/lib/exports/xlsx-sheet";
import { activityReport, CADENCE } from "@/tests/fixtures/report-data";
import { findRow, readWorkbook, rowValues, sheetByName } from "@/tests/setup/read-workbook";

const book = async (report = activityReport(), cadence = CADENCE) => readWorkbook(await activityWorkbookBuffer(report, cadence));

describe("activity workbook", () => {
  it("has one sheet per table, titled with the period and the period it is compared with", async () => {
    const workbook = await book();
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Tổng hợp", "Chuyên mục", "Loại tin bài", "Đơn vị", "Người viết", "Đọc nhiều nhất", "Văn bản", "Nhịp đăng",
    ]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.getCell("A1").value).toBe("KẾT QUẢ HOẠT ĐỘNG TRANG THÔNG TIN ĐIỆN TỬ THÁNG 11 NĂM 2026");
      expect(sheet.getCell("A2").value).toBe("Kỳ báo cáo: Tháng 11 năm 2026; so sánh với kỳ trước: Tháng 10 năm 2026");
      expect(sheet.getCell("A3").value).toBe("Số liệu tính đến 14:05, ngày 06 tháng 12 năm 2026");
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: findRow(sheet, "STT") });
    }
  });

  it("sums up the period against the previous one, as numbers with the change and its share", async () => {
    const sheet = sheetByName(await book(), "Tổng hợp");
    const header = findRow(sheet, "STT");
    expect(rowValues(sheet, header)).toEqual(["STT", "Nội dung", "Kỳ này", "Kỳ trước", "Tăng, giảm", "Tỷ lệ tăng, giảm"]);
    expect(rowValues(sheet, header + 1)).toEqual([1, "Tin, bài đã đăng", 42, 30, 12, 0.4]);
    expect(rowValues(sheet, header + 2)).toEqual([2, "Lượt xem", 12500, 10000, 2500, 0.25]);
    // Nothing the period before: no share of change.
    expect(rowValues(sheet, header + 3)).toEqual([3, "Văn bản đã đăng", 3, 0, 3, null]);
    expect(rowValues(sheet, header + 4)).toEqual([4, "Người viết có tin, bài được đăng", 11, 12, -1, -1 / 12]);
    expect(sheet.getRow(header + 1).getCell(6).numFmt).toBe("+0.0%;-0.0%;0.0%");
    expect(sheet.rowCount).toBe(header + 5); // no totals row: the figures do not add up
  });

  it("adds up sections and kinds in a totals row", async () => {
    const workbook = await book();
    const sections = sheetByName(workbook, "Chuyên mục");
    expect(rowValues(sections, findRow(sections, "Tổng cộng", 2))).toEqual([null, "Tổng cộng", 42, 30, 12, null]);
    const kinds = sheetByName(workbook, "Loại tin bài");
    const header = findRow(kinds, "STT");
    expect(rowValues(kinds, header + 1)).toEqual([1, "Tin", 35, 25, 10, 0.4]);
    expect(rowValues(kinds, header + 2)).toEqual([2, "Bài chuyên sâu", 7, 5, 2, 0.4]);
  });

  it("lists units with a quota that published nothing, and people with a target who wrote nothing", async () => {
    const workbook = await book();
    const units = sheetByName(workbook, "Đơn vị");
    const header = findRow(units, "STT");
    expect(rowValues(units, header + 3)).toEqual([3, "Đảng bộ Sở Y tế", null, 0, null, null, null, "Có chỉ tiêu, chưa có tin, bài trong kỳ"]);
    const people = sheetByName(workbook, "Người viết");
    const top = findRow(people, "STT");
    expect(rowValues(people, top + 1)).toEqual([1, "Nguyễn Văn An", "Ban Tuyên giáo", 4, null]);
    expect(rowValues(people, top + 2)).toEqual([2, "Phạm Thị Dung", "Ban Tuyên giáo", 0, "Có chỉ tiêu, chưa viết trong kỳ"]);
  });

  it("writes publication dates as Excel dates on the Vietnam day", async () => {
    const sheet = sheetByName(await book(), "Đọc nhiều nhất");
    const header = findRow(sheet, "STT");
    expect(rowValues(sheet, header)).toEqual(["STT", "Tiêu đề", "Chuyên mục", "Ngày đăng", "Lượt xem"]);
    // 16:30 UTC on 30 November is 23:30 the same day in Vietnam.
    const date = sheet.getRow(header + 2).getCell(4);
    expect(date.value).toEqual(new Date(Date.UTC(2026, 10, 30)));
    expect(date.numFmt).toBe("dd/mm/yyyy");
    expect(sheet.getRow(header + 1).getCell(5).value).toBe(900);
  });

  it("shows each section's cadence, what it asked and what was published", async () => {
    const sheet = sheetByName(await book(), "Nhịp đăng");
    const header = findRow(sheet, "STT");
    expect(rowValues(sheet, header + 2)).toEqual([2, "Theo gương Bác", "Hằng tuần: ít nhất 2 tin, bài", 8, 5, 9, 12, "Chậm so với nhịp"]);
    expect(rowValues(sheet, header + 3)).toEqual([3, "Văn bản mới", "Không đặt", 0, 0, null, 30, null]);
  });

  it("gives a valid workbook with 'Không có dữ liệu' rows for an empty period", async () => {
    const empty = { ...activityReport(), bySection: [], byKind: [], byUnit: [], topItems: [], writers: [], nonWriters: [], unitsSilent: [], unitsWrote: [], documentsByType: [] };
    const workbook = await book(empty, []);
    for (const name of ["Chuyên mục", "Loại tin bài", "Đơn vị", "Người viết", "Đọc nhiều nhất", "Văn bản", "Nhịp đăng"]) {
      const sheet = sheetByName(workbook, name);
      expect(sheet.getRow(findRow(sheet, "STT") + 1).getCell(1).value, name).toBe("Không có dữ liệu");
    }
  });
});

describe("workbook pieces", () => {
  it("names the download in ASCII and in UTF-8", () => {
    expect(attachmentDisposition("chi-tieu-2026.xlsx")).toBe(`attachment; filename="chi-tieu-2026.xlsx"; filename*=UTF-8''chi-tieu-2026.xlsx`);
    expect(attachmentDisposition("Báo cáo Đảng ủy (quý IV).xlsx")).toBe(
      `attachment; filename="Bao cao Dang uy (quy IV).xlsx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20%C4%90%E1%BA%A3ng%20%E1%BB%A7y%20%28qu%C3%BD%20IV%29.xlsx`,
    );
  });

  it("measures columns on the longest value or header word, within bounds", () => {
    const columns = [
      { header: "STT", value: (_row: string, i: number) => i + 1 },
      { header: "Họ và tên", value: (row: string) => row },
      { header: "Ghi chú", value: (row: string) => row.repeat(10), maxWidth: 30 },
    ];
    expect(measureColumns(columns, ["Nguyễn Thị Minh Khai", "An"])).toEqual([7, 22, 30]);
    expect(measureColumns(columns, [])).toEqual([7, 7, 7]);
  });

  it("writes the change in per cent the Vietnamese way", () => {
    expect(changeText(42, 30)).toBe("+40,0 %");
    expect(changeText(11, 12)).toBe("−8,3 %");
    expect(changeText(5, 5)).toBe("0,0 %");
    expect(changeText(3, 0)).toBe("");
  });
});
