// The year's royalties against its budget, per month and per author, an
// author's own view, and the year's Excel file, on a real database.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

const database = setupTestDatabase();

const load = () =>
  loadWith(
    import("@/tests/factories/royalties"),
    import("@/lib/server/royalties/get-royalty-year"),
    import("@/lib/server/royalties/get-own-royalties"),
    import("@/lib/server/royalties/lock-royalty-month"),
    import("@/lib/server/royalties/mark-royalty-paid"),
    import("@/lib/server/royalties/royalty-workbooks"),
  );

const NOW = new Date("2026-12-06T03:00:00Z");

describe(`royalty year on ${database.kind}`, () => {
  it("adds up graded and paid by month against the budget, per author, and per own month", async () => {
    const t = await load();
    await t.createRoyaltySchedule({ year: 2026, unitValueVnd: 234_000, budgetVnd: 10_000_000 });
    const unit = await t.createUnit();
    const an = await t.createUser({ name: "Nguyễn Văn An", unitId: unit.id });
    const binh = await t.createUser({ name: "Trần Thị Bình", unitId: unit.id });
    const secretary = await t.createUser({ name: "Thư ký", unitId: unit.id, roles: ["SECRETARY"] });
    const board = await t.createUser({ name: "Ban Biên tập", unitId: unit.id, roles: ["EDITORIAL_BOARD"] });
    const publish = (authorIds: number[], at: string) => t.createPublishedItem({ authorIds, publishedAt: new Date(at) });

    const march = await publish([an.id], "2026-03-10T03:00:00Z");
    const marchShared = await publish([an.id, binh.id], "2026-03-20T03:00:00Z");
    const july = await publish([binh.id], "2026-07-01T03:00:00Z");
    const lastYear = await publish([an.id], "2025-12-20T03:00:00Z");
    await t.gradeItemDirectly({ itemId: march.id, gradedById: board.id, coefficient: 100 }); // 234.000
    await t.gradeItemDirectly({ itemId: marchShared.id, gradedById: board.id, coefficient: 300 }); // 702.000: 351.000 each
    await t.gradeItemDirectly({ itemId: july.id, gradedById: board.id, coefficient: 150 }); // 351.000
    await t.gradeItemDirectly({ itemId: lastYear.id, gradedById: board.id, coefficient: 500 });

    await t.lockRoyaltyMonth({ period: "2026-03", actor: secretary, now: NOW });
    await t.markRoyaltyPaid({ period: "2026-03", userId: an.id, paidOn: "2026-04-05", actor: secretary, now: NOW });

    const year = await t.getRoyaltyYear(2026);
    expect(year.months).toHaveLength(12);
    expect(year.months[2]).toMatchObject({ period: "2026-03", gradedVnd: 936_000, itemCount: 2, paidVnd: 585_000, isLocked: true, cumulativePaidVnd: 585_000, remainingVnd: 9_415_000 });
    expect(year.months[6]).toMatchObject({ period: "2026-07", gradedVnd: 351_000, itemCount: 1, paidVnd: 0, isLocked: false, remainingVnd: 9_415_000 });
    expect(year).toMatchObject({ hasSchedule: true, budgetVnd: 10_000_000, gradedVnd: 1_287_000, paidVnd: 585_000, itemCount: 3, remainingVnd: 9_415_000 });
    expect(year.authors.map((author) => [author.name, author.itemCount, author.gradedVnd, author.paidVnd])).toEqual([
      ["Trần Thị Bình", 2, 702_000, 0],
      ["Nguyễn Văn An", 2, 585_000, 585_000],
    ]);

    const own = await t.getOwnRoyalties(an.id, 2026);
    expect(own.months.map((month) => [month.period, month.itemCount, month.amountVnd, month.payment])).toEqual([
      ["2026-03", 2, 585_000, { amountVnd: 585_000, paidOn: "2026-04-05" }],
    ]);
    expect(own).toMatchObject({ totalVnd: 585_000, paidVnd: 585_000 });
    const binhOwn = await t.getOwnRoyalties(binh.id, 2026);
    expect(binhOwn.months.map((month) => [month.period, month.amountVnd, month.payment])).toEqual([
      ["2026-03", 351_000, null],
      ["2026-07", 351_000, null],
    ]);
    expect((await t.getOwnRoyalties(an.id, 2025)).totalVnd).toBe(1_170_000);

    const empty = await t.getRoyaltyYear(2024);
    expect(empty).toMatchObject({ hasSchedule: false, budgetVnd: 0, gradedVnd: 0, paidVnd: 0, authors: [] });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await t.royaltyYearWorkbookBuffer(year, NOW)) as unknown as ArrayBuffer);
    const months = workbook.getWorksheet("Theo tháng")!;
    const totals = months.lastRow!;
    expect(totals.getCell(1).value).toBe("Tổng cộng");
    expect(totals.getCell(3).value).toMatchObject({ formula: expect.stringMatching(/^SUM\(C\d+:C\d+\)$/), result: 1_287_000 });
    expect(totals.getCell(4).value).toMatchObject({ result: 585_000 });
    const authors = workbook.getWorksheet("Theo tác giả")!;
    expect(authors.lastRow!.getCell(5).value).toMatchObject({ result: 1_287_000 });
  });
});
