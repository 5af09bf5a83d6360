// The words around the exported numbers: the plan cited, the filters named,
// the time in Vietnam, a file name a browser keeps, dates on the right day.
import { describe, expect, it } from "vitest";
import { asOfText, excelDay, fileSlug, percentText, planCitation } from "@/lib/exports/export-text";
import { quotaFilterText } from "@/lib/exports/quota-filter-text";
import { parseQuotaFilter } from "@/lib/quotas/quota-filter";
import { quotaReport } from "@/tests/fixtures/report-data";

describe("export wording", () => {
  it("cites the plan by name, number and date, or says the year has none", () => {
    expect(planCitation(quotaReport().plan, 2026)).toBe("Theo Kế hoạch hoạt động Trang thông tin điện tử năm 2026 số 91-KH/ĐUK ngày 28/02/2026");
    expect(planCitation({ ...quotaReport().plan!, reference: null, issuedOn: null }, 2026)).toBe("Theo Kế hoạch hoạt động Trang thông tin điện tử năm 2026");
    expect(planCitation(null, 2027)).toBe("Năm 2027 chưa có kế hoạch chỉ tiêu.");
  });

  it("names the dashboard's filters in words", () => {
    const now = new Date("2026-06-01T00:00:00Z");
    expect(quotaFilterText(parseQuotaFilter({ nam: "2026" }, now), null)).toBeNull();
    expect(quotaFilterText(parseQuotaFilter({ "don-vi": "12", "chuc-vu": "DEPUTY", "trang-thai": "NOT_YET", q: "nguyen" }, now), "Ban Tuyên giáo")).toBe(
      "Đơn vị: Ban Tuyên giáo (gồm các đơn vị trực thuộc); Chức vụ: Phó ban/đoàn thể; Trạng thái: Chưa hoàn thành; Tên có: “nguyen”",
    );
  });

  it("tells the time in Vietnam, and puts a late-evening date on its Vietnam day", () => {
    expect(asOfText("2026-12-31T16:59:00Z")).toBe("Số liệu tính đến 23:59, ngày 31 tháng 12 năm 2026");
    expect(excelDay("2026-12-31T17:30:00Z")).toEqual(new Date(Date.UTC(2027, 0, 1)));
    expect(excelDay("2026-12-31T16:30:00Z")).toEqual(new Date(Date.UTC(2026, 11, 31)));
  });

  it("makes ASCII file names and Vietnamese percentages", () => {
    expect(fileSlug("Quý IV năm 2026")).toBe("quy-iv-nam-2026");
    expect(fileSlug("Từ 01/03/2026 đến 15/04/2026")).toBe("tu-01-03-2026-den-15-04-2026");
    expect(percentText(23, 29)).toBe("79,3 %");
    expect(percentText(0, 0)).toBe("0 %");
  });
});
