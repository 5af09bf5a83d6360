// The secretary's monthly sheet on a real database: every graded item of the
// month by author with its amount, totals that are the sum of the shares,
// items published but not graded listed as missing, and the Excel file
// reopening with the same totals.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

const database = setupTestDatabase();

const load = () =>
  loadWith(
    import("@/tests/factories/royalties"),
    import("@/lib/server/royalties/get-royalty-sheet"),
    import("@/lib/server/royalties/royalty-workbooks"),
  );

const PERIOD = "2026-11";
// 10:00 on 5 November, Vietnam time.
const IN_NOVEMBER = new Date("2026-11-05T03:00:00Z");

describe(`royalty sheet on ${database.kind}`, () => {
  it("lists graded items by author with totals equal to the sum of the shares", async () => {
    const t = await load();
    const unit = await t.createUnit({ name: "Ban Tuyên giáo" });
    const an = await t.createUser({ name: "Nguyễn Văn An", unitId: unit.id });
    const binh = await t.createUser({ name: "Trần Thị Bình", unitId: unit.id });
    const board = await t.createUser({ name: "Lê Ban Biên tập", unitId: unit.id, roles: ["EDITORIAL_BOARD"] });
    await t.createRoyaltySchedule({ year: 2026, unitValueVnd: 234_000, budgetVnd: 50_000_000 });

    const solo = await t.createPublishedItem({ title: "Hội nghị học tập Nghị quyết", authorIds: [an.id], publishedAt: IN_NOVEMBER });
    const shared = await t.createPublishedItem({ kind: "ARTICLE", title: "Bài viết chung", authorIds: [an.id, binh.id], publishedAt: new Date("2026-11-20T02:00:00Z") });
    // Published late on 30 November UTC, which is already 1 December in Vietnam: not November's.
    const december = await t.createPublishedItem({ title: "Tin tháng Mười hai", authorIds: [binh.id], publishedAt: new Date("2026-11-30T18:00:00Z") });
    const missing = await t.createPublishedItem({ title: "Tin chưa chấm", authorIds: [binh.id], publishedAt: new Date("2026-11-10T01:00:00Z") });
    // Unpublished after being graded: still on the sheet. Unpublished and never graded: not missing.
    const withdrawn = await t.createItem({ status: "UNPUBLISHED", title: "Tin đã gỡ", authorIds: [binh.id], publishedAt: new Date("2026-11-12T01:00:00Z") });
    await t.createItem({ status: "UNPUBLISHED", title: "Tin gỡ chưa chấm", authorIds: [binh.id], publishedAt: new Date("2026-11-13T01:00:00Z") });

    await t.gradeItemDirectly({ itemId: solo.id, gradedById: board.id, coefficient: 150 }); // 351.000
    await t.gradeItemDirectly({ itemId: shared.id, gradedById: board.id, coefficient: 500, bonusPercent: 10, genre: "ARTICLE", grade: "B" }); // 1.287.000, 643.500 each
    await t.gradeItemDirectly({ itemId: december.id, gradedById: board.id, coefficient: 100 });
    await t.gradeItemDirectly({ itemId: withdrawn.id, gradedById: board.id, coefficient: 101 }); // 236.340

    const sheet = await t.getRoyaltySheet(PERIOD);
    expect(sheet.authors.map((author) => author.name)).toEqual(["Nguyễn Văn An", "Trần Thị Bình"]);
    const [first, second] = sheet.authors;
    expect(first.rows.map((row) => [row.title, row.coefficient, row.amountVnd])).toEqual([
      ["Hội nghị học tập Nghị quyết", 150, 351_000],
      ["Bài viết chung", 500, 643_500],
    ]);
    expect(first.totalVnd).toBe(994_500);
    expect(second.rows.map((row) => row.title)).toEqual(["Tin đã gỡ", "Bài viết chung"]);
    expect(second.totalVnd).toBe(643_500 + 236_340);
    expect(sheet.gradedItemCount).toBe(3);

    const [{ sum }] = await t.db.$queryRaw<{ sum: bigint }[]>`SELECT SUM(amount_vnd)::bigint AS sum FROM royalties WHERE period = ${PERIOD}`;
    const [{ grades }] = await t.db.$queryRaw<{ grades: bigint }[]>`SELECT SUM(total_vnd)::bigint AS grades FROM royalty_grades WHERE period = ${PERIOD}`;
    expect(sheet.totalVnd).toBe(Number(sum));
    expect(sheet.totalVnd).toBe(Number(grades));
    expect(sheet.totalVnd).toBe(first.totalVnd + second.totalVnd);

    expect(sheet.missing.map((item) => [item.itemId, item.title, item.authorsText])).toEqual([[missing.id, "Tin chưa chấm", "Trần Thị Bình"]]);
    expect(sheet.isLocked).toBe(false);
    expect(sheet.authors.every((author) => author.paymentStatus === "UNPAID")).toBe(true);

    const december2026 = await t.getRoyaltySheet("2026-12");
    expect(december2026.authors.map((author) => [author.name, author.totalVnd])).toEqual([["Trần Thị Bình", 234_000]]);

    // The Excel file reopens with the same totals, as a formula with its cached value.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await t.royaltySheetWorkbookBuffer(sheet, IN_NOVEMBER)) as unknown as ArrayBuffer);
    const totalOf = (name: string, column: number) => {
      const worksheet = workbook.getWorksheet(name)!;
      const cell = worksheet.lastRow!.getCell(column);
      expect(worksheet.lastRow!.getCell(2).value).toBe("Tổng cộng");
      return cell.value as ExcelJS.CellFormulaValue;
    };
    const byAuthor = totalOf("Theo tác giả", 5);
    expect(byAuthor.formula).toMatch(/^SUM\(E\d+:E\d+\)$/);
    expect(byAuthor.result).toBe(sheet.totalVnd);
    expect(totalOf("Chi tiết", 10).result).toBe(sheet.totalVnd);
    const authorSheet = workbook.getWorksheet("Theo tác giả")!;
    const names: unknown[] = [];
    authorSheet.eachRow((row) => {
      if (typeof row.getCell(1).value === "number") names.push([row.getCell(2).value, row.getCell(5).value]);
    });
    expect(names).toEqual([
      ["Nguyễn Văn An", 994_500],
      ["Trần Thị Bình", 879_840],
    ]);
  });

  it("an empty month has no authors, a zero total and nothing missing", async () => {
    const t = await load();
    const sheet = await t.getRoyaltySheet("2019-02");
    expect(sheet).toMatchObject({ authors: [], totalVnd: 0, gradedItemCount: 0, missing: [], isLocked: false, events: [] });
  });
});
