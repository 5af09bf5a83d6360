// The download routes as the browser calls them, on a real database: who may
// (401 without a session, 403 and an audit row for a contributor), what comes
// back (a real .xlsx, its name, never cached), and that the workbook read back
// holds exactly getQuotaYearReport's numbers, in the dashboard's order.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";
import { nextHeadersMock, ORIGIN, signInAs, signOut } from "@/tests/setup/requests";
import { findRow, readWorkbook, rowValues, sheetByName } from "@/tests/setup/read-workbook";

vi.mock("next/headers", () => nextHeadersMock());
vi.mock("next/cache", () => import("@/tests/setup/next-cache-passthrough"));

const database = setupTestDatabase();
const YEAR = 2025;
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const get = (path: string) => new Request(`${ORIGIN}${path}`);
const quotaRoute = () => import("@/app/quan-tri/chi-tieu/excel/route");
const evaluationRoute = () => import("@/app/quan-tri/chi-tieu/danh-gia/excel/route");
const activityRoute = () => import("@/app/quan-tri/bao-cao/excel/route");

beforeAll(async () => {
  const { seedExportYear } = await import("@/tests/factories/exports");
  await seedExportYear(YEAR);
});

async function bytesOf(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe(XLSX);
  expect(response.headers.get("cache-control")).toContain("no-store");
  return readWorkbook(new Uint8Array(await response.arrayBuffer()));
}

describe(`export routes on ${database.kind}`, () => {
  it("answers 401 in Vietnamese without a session, and 403 with an audit row to a contributor", async () => {
    const { db } = await import("@/lib/db");
    signOut();
    for (const [route, path] of [
      [quotaRoute, `/quan-tri/chi-tieu/excel?nam=${YEAR}`],
      [evaluationRoute, `/quan-tri/chi-tieu/danh-gia/excel?nam=${YEAR}`],
      [activityRoute, "/quan-tri/bao-cao/excel?ky=nam&nam=2025"],
    ] as const) {
      const { GET } = await route();
      const anonymous = await GET(get(path));
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get("content-type")).toContain("text/html");
      expect(await anonymous.text()).toContain("Bạn cần đăng nhập để tải tệp này.");
    }

    const contributor = await signInAs(["CONTRIBUTOR"]);
    for (const [route, path, capability] of [
      [quotaRoute, `/quan-tri/chi-tieu/excel?nam=${YEAR}`, "quotas.read"],
      [evaluationRoute, `/quan-tri/chi-tieu/danh-gia/excel?nam=${YEAR}`, "quotas.read"],
      [activityRoute, "/quan-tri/bao-cao/excel?ky=nam&nam=2025", "reports.read"],
    ] as const) {
      const { GET } = await route();
      const refused = await GET(get(path));
      expect(refused.status).toBe(403);
      expect(await refused.text()).toContain("Bạn không có quyền truy cập trang này.");
      const audit = await db.auditLog.findFirst({ where: { action: "permission.denied", actorId: contributor.id, details: { path: ["path"], equals: path } } });
      expect(audit?.details).toMatchObject({ capability, path });
    }
    // An administrator manages plans but does not read the report.
    await signInAs(["ADMINISTRATOR"]);
    expect((await (await quotaRoute()).GET(get(`/quan-tri/chi-tieu/excel?nam=${YEAR}`))).status).toBe(403);
  });

  it("gives the standing committee chi-tieu-2025.xlsx whose people and units are the report's numbers", async () => {
    await signInAs(["STANDING_COMMITTEE"]);
    const response = await (await quotaRoute()).GET(get(`/quan-tri/chi-tieu/excel?nam=${YEAR}`));
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="chi-tieu-${YEAR}.xlsx"; filename*=UTF-8''chi-tieu-${YEAR}.xlsx`);
    const book = await bytesOf(response);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["Cá nhân", "Đơn vị", "Hằng tháng"]);

    const { getQuotaYearReport } = await import("@/lib/server/quotas/get-quota-year-report");
    const { filterPersonRows, parseQuotaFilter } = await import("@/lib/quotas/quota-filter");
    const { quotaStatusLabel } = await import("@/lib/quotas/quota-labels");
    const report = await getQuotaYearReport(YEAR);
    const people = filterPersonRows(report.people, parseQuotaFilter({ nam: String(YEAR) }));
    expect(people.map((row) => row.name)).toEqual(["Hoàng Văn Giáp", "Lê Văn Canh", "Nguyễn Văn Ất", "Phạm Thị Đinh", "Trần Thị Bính"]);

    const sheet = sheetByName(book, "Cá nhân");
    const first = findRow(sheet, "STT") + 2;
    people.forEach((person, index) => {
      const row = rowValues(sheet, first + index);
      const { target, done, remaining, status } = person.evaluation;
      const hasTarget = status !== "NO_TARGET";
      expect(row).toEqual([
        index + 1, person.name, person.unitName, expect.any(String),
        ...(hasTarget ? [target.minNews, target.minArticles, target.minInDepth] : [null, null, null]),
        done.news, done.articles, done.inDepth,
        ...(hasTarget ? [remaining.news, remaining.articles, remaining.inDepth] : [null, null, null]),
        done.total, quotaStatusLabel(status),
      ]);
    });
    // The numbers themselves, worked out by hand from the seeded items.
    const byName = (name: string) => rowValues(sheet, first + people.findIndex((row) => row.name === name));
    expect(byName("Nguyễn Văn Ất").slice(7)).toEqual([4, 0, 0, 1, 0, 0, 4, "Chưa hoàn thành"]);
    expect(byName("Trần Thị Bính").slice(7)).toEqual([2, 1, 0, 0, 0, 0, 3, "Hoàn thành"]);
    expect(byName("Lê Văn Canh").slice(7)).toEqual([0, 3, 1, 0, 0, 0, 3, "Vượt chỉ tiêu"]);
    expect(byName("Phạm Thị Đinh").slice(4, 15)).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 1, 0, "Chưa hoàn thành"]);
    expect(rowValues(sheet, first + people.length)).toEqual([null, "Tổng cộng", null, null, 7, 3, 1, 7, 4, 1, 1, 0, 1, 11, "2/4 hoàn thành"]);

    const units = sheetByName(book, "Đơn vị");
    const unitRow = rowValues(units, findRow(units, "STT") + 2);
    expect(report.units.map((unit) => unit.name)).toEqual(["Đảng bộ Sở Thử nghiệm"]);
    const unit = report.units[0].evaluation;
    expect(unitRow.slice(1, 2)).toEqual(["Đảng bộ Sở Thử nghiệm"]);
    expect(unitRow.slice(8, 11)).toEqual([unit.done.news, unit.done.articles, unit.done.inDepth]);
    expect(unit.done.news).toBe(5); // the staff member's four (the co-written one once) and the collaborator's
  });

  it("keeps the dashboard's filters: only the people who have not met their target, and says so", async () => {
    await signInAs(["SECRETARY"]);
    const book = await bytesOf(await (await quotaRoute()).GET(get(`/quan-tri/chi-tieu/excel?nam=${YEAR}&trang-thai=NOT_YET&sap-xep=name&chieu=giam`)));
    const sheet = sheetByName(book, "Cá nhân");
    expect(sheet.getCell("A3").value).toBe("Lọc theo: Trạng thái: Chưa hoàn thành");
    const first = findRow(sheet, "STT") + 2;
    expect([first, first + 1].map((r) => sheet.getRow(r).getCell(2).value)).toEqual(["Phạm Thị Đinh", "Nguyễn Văn Ất"]);
    expect(sheet.getRow(first + 2).getCell(2).value).toBe("Tổng cộng");
  });

  it("gives a valid workbook with 'Không có dữ liệu' for a selection that matches nobody", async () => {
    await signInAs(["EDITORIAL_BOARD"]);
    const book = await bytesOf(await (await quotaRoute()).GET(get(`/quan-tri/chi-tieu/excel?nam=${YEAR}&q=khong-ai-ten-nay`)));
    const sheet = sheetByName(book, "Cá nhân");
    expect(sheet.getRow(findRow(sheet, "STT") + 2).getCell(1).value).toBe("Không có dữ liệu");
  });

  it("lists every member with a target in the evaluation workbook, exceeded counted as met", async () => {
    await signInAs(["STANDING_COMMITTEE"]);
    const response = await (await evaluationRoute()).GET(get(`/quan-tri/chi-tieu/danh-gia/excel?nam=${YEAR}&trang-thai=NOT_YET`));
    expect(response.headers.get("content-disposition")).toContain(`filename="danh-gia-chi-tieu-${YEAR}.xlsx"`);
    const sheet = sheetByName(await bytesOf(response), "Đánh giá");
    const first = findRow(sheet, "STT") + 2;
    const rows = [0, 1, 2, 3].map((k) => rowValues(sheet, first + k));
    // By unit (Ban…, Đảng bộ…, Đảng ủy…), then position; the filters of the dashboard do not apply.
    expect(rows.map((row) => [row[1], row[9]])).toEqual([
      ["Lê Văn Canh", "Hoàn thành"],
      ["Trần Thị Bính", "Hoàn thành"],
      ["Nguyễn Văn Ất", "Không hoàn thành"],
      ["Phạm Thị Đinh", "Không hoàn thành"],
    ]);
    expect(sheet.getRow(first + 4).getCell(2).value).toBe("Tổng cộng");
  });

  it("exports the activity report for a period and refuses an upside-down one with the Vietnamese reason", async () => {
    await signInAs(["SECRETARY"]);
    const { GET } = await activityRoute();
    const refused = await GET(get("/quan-tri/bao-cao/excel?ky=khoang&tu=2025-05-01&den=2025-03-01"));
    expect(refused.status).toBe(400);
    const { parseReportPeriod } = await import("@/lib/reports/report-period");
    const parsed = parseReportPeriod({ ky: "khoang", tu: "2025-05-01", den: "2025-03-01" });
    expect(parsed.ok).toBe(false);
    expect(await refused.text()).toContain(parsed.ok ? "?" : parsed.message);

    const response = await GET(get("/quan-tri/bao-cao/excel?ky=nam&nam=2025"));
    expect(response.headers.get("content-disposition")).toContain('filename="bao-cao-nam-2025.xlsx"');
    const book = await bytesOf(response);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      "Tổng hợp", "Chuyên mục", "Loại tin bài", "Đơn vị", "Người viết", "Đọc nhiều nhất", "Văn bản", "Nhịp đăng", "Fanpage, phát thanh", "Nhịp theo kênh",
    ]);
    const summary = sheetByName(book, "Tổng hợp");
    // Ten items published in 2025 (the draft, the one taken down and 2026's do not count).
    expect(rowValues(summary, findRow(summary, "STT") + 1).slice(1, 4)).toEqual(["Tin, bài đã đăng", 10, 0]);
  });
});
