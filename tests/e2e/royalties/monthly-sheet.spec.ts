// The secretary's monthly royalty sheet, end to end: graded items of a past
// month (put in the database as the board's grading would store them) show
// by author with their formatted amounts and total; the secretary locks the
// month, marks an author paid, downloads the Excel file (reopened here: the
// same total, as a formula with its value) and opens the printable sheet
// with its signature lines. A contributor is kept out.
import ExcelJS from "exceljs";
import fs from "node:fs";
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { royaltyTotalVnd, splitRoyalty } from "../../../lib/royalties/royalty-maths";
import { createTestUser, DEMO, MESSAGES, resetSignInLimits, signIn, userIdByEmail, waitForHydration, type TestUser } from "../accounts-support";
import { expectNoHorizontalScroll, queryDb } from "../support";

// A past month no other spec grades, so locking it disturbs nobody.
const PERIOD = "2020-05";
const UNIT_VALUE = 234_000;
const NBSP = "\u00a0";
const vnd = (amount: number) => `${amount.toLocaleString("de-DE")}${NBSP}₫`;

async function seedItem(title: string, authors: TestUser[], publishedAt: string): Promise<number> {
  const slug = `nhuan-but-${randomBytes(4).toString("hex")}`;
  const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: title }] }] };
  const [item] = await queryDb<{ id: number }>(
    `INSERT INTO items (kind, status, status_changed_at, title, slug, lead, body_json, body_html, body_text, created_by_id, published_at, updated_at)
     VALUES ('NEWS', 'PUBLISHED', $4::timestamptz, $1, $2, '', $3::jsonb, '', $1, $5, $4::timestamptz, now()) RETURNING id`,
    [title, slug, JSON.stringify(body), publishedAt, authors[0].id],
  );
  for (const [index, author] of authors.entries()) {
    await queryDb("INSERT INTO item_authors (item_id, user_id, sort_order) VALUES ($1, $2, $3)", [item.id, author.id, index]);
  }
  await queryDb("INSERT INTO item_sections (item_id, section_id, is_primary) SELECT $1, id, true FROM sections ORDER BY id LIMIT 1", [item.id]);
  return item.id;
}

/** A grade and its shares, stored as the board's grading stores them (same maths). */
async function seedGrade(itemId: number, authors: TestUser[], coefficient: number, bonusPercent: number, graderId: number, period = PERIOD): Promise<number> {
  const [schedule] = await queryDb<{ id: number }>(
    `INSERT INTO royalty_schedules (year, base_salary_vnd, unit_value_vnd, budget_vnd, updated_at) VALUES (2020, 2340000, $1, 20000000, now())
     ON CONFLICT (year) DO UPDATE SET unit_value_vnd = EXCLUDED.unit_value_vnd RETURNING id`,
    [UNIT_VALUE],
  );
  const totalVnd = royaltyTotalVnd({ coefficient, unitValueVnd: UNIT_VALUE, bonusPercent });
  const [grade] = await queryDb<{ id: number }>(
    `INSERT INTO royalty_grades (item_id, schedule_id, period, genre, grade, coefficient, bonus_percent, unit_value_vnd, total_vnd, graded_by_id, updated_at)
     VALUES ($1, $2, $3, 'NEWS', 'A', $4, $5, $6, $7, $8, now()) RETURNING id`,
    [itemId, schedule.id, period, coefficient, bonusPercent, UNIT_VALUE, totalVnd, graderId],
  );
  const points = authors.length === 1 ? [10_000] : [5_000, 5_000];
  for (const share of splitRoyalty(totalVnd, authors.map((author, index) => ({ userId: author.id, basisPoints: points[index] })))) {
    await queryDb("INSERT INTO royalties (grade_id, item_id, user_id, share_basis_points, amount_vnd, period) VALUES ($1, $2, $3, $4, $5, $6)", [
      grade.id,
      itemId,
      share.userId,
      share.basisPoints,
      share.amountVnd,
      period,
    ]);
  }
  return totalVnd;
}

const authorGroup = (page: Page, name: string) => page.getByRole("rowgroup", { name });

test.describe("royalties: the secretary's monthly sheet", () => {
  test.beforeEach(async () => {
    await resetSignInLimits();
  });

  test("shows the month's amounts, locks, pays, exports the same total and prints with signatures", async ({ page }) => {
    const an = await createTestUser(["CONTRIBUTOR"]);
    const binh = await createTestUser(["CONTRIBUTOR"]);
    const board = await userIdByEmail(DEMO.editorialBoard);
    const solo = await seedItem("Hội nghị học tập chuyên đề năm 2020", [an], "2020-05-06T03:00:00Z");
    const shared = await seedItem("Bài viết chung về công tác dân vận", [an, binh], "2020-05-15T03:00:00Z");
    await seedItem("Tin chưa được chấm nhuận bút", [binh], "2020-05-20T03:00:00Z");
    const soloTotal = await seedGrade(solo, [an], 150, 0, board); // 1,5 × 234.000 = 351.000
    const sharedTotal = await seedGrade(shared, [an, binh], 250, 10, board); // 2,5 × 234.000 × 110 % = 643.500
    expect([soloTotal, sharedTotal]).toEqual([351_000, 643_500]);
    const total = 994_500;

    await signIn(page, DEMO.secretary);
    await page.goto(`/quan-tri/nhuan-but?thang=${PERIOD}`);
    await expect(page.getByRole("heading", { level: 1, name: "Nhuận bút tháng 05/2020" })).toBeVisible();
    await expect(page.getByTestId("tong-cong")).toHaveText(vnd(total));
    await expect(page.getByTestId("tong-nhuan-but")).toHaveText(vnd(total));
    const anGroup = authorGroup(page, an.name);
    await expect(anGroup.getByRole("row").filter({ hasText: "Hội nghị học tập chuyên đề năm 2020" })).toContainText(vnd(351_000));
    await expect(anGroup.getByRole("row").filter({ hasText: "Bài viết chung" })).toContainText("2,5");
    await expect(anGroup.getByTestId("tong-tac-gia")).toContainText(vnd(351_000 + 321_750));
    await expect(authorGroup(page, binh.name).getByTestId("tong-tac-gia")).toContainText(vnd(321_750));
    const missing = page.getByRole("region", { name: /Tin, bài đã đăng chưa được chấm/ });
    await expect(missing.getByRole("link", { name: "Tin chưa được chấm nhuận bút" })).toBeVisible();

    // Lock the month (after the confirmation), then mark the first author paid.
    await waitForHydration(page);
    await page.getByRole("button", { name: "Khóa sổ tháng" }).click();
    const dialog = page.getByRole("dialog", { name: "Khóa sổ nhuận bút tháng 05/2020?" });
    await expect(dialog).toContainText("chưa được chấm");
    await dialog.getByRole("button", { name: "Khóa sổ" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã khóa sổ nhuận bút tháng 05/2020." })).toBeVisible();
    await expect(page.getByText("Đã khóa", { exact: true }).first()).toBeVisible();

    const payForm = page.getByRole("form", { name: `Ghi đã chi cho ${an.name}` });
    // Typed the Vietnamese way (dd/mm/yyyy); stored as 5 June.
    await payForm.getByLabel("Ngày chi").fill("05/06/2020");
    await payForm.getByRole("button", { name: "Đã chi" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Đã ghi chi ${vnd(672_750)} cho ${an.name}.` })).toBeVisible();
    await expect(anGroup).toContainText("05/06/2020");
    const payments = await queryDb<{ amount_vnd: number; paid_on: string }>(
      "SELECT amount_vnd, to_char(paid_on, 'YYYY-MM-DD') AS paid_on FROM royalty_payments WHERE period = $1 AND user_id = $2",
      [PERIOD, an.id],
    );
    expect(payments).toEqual([{ amount_vnd: 672_750, paid_on: "2020-06-05" }]);
    const audits = await queryDb<{ action: string }>("SELECT action FROM audit_logs WHERE object_id = $1 AND action LIKE 'royalty.%' ORDER BY id", [PERIOD]);
    expect(audits.map((row) => row.action)).toEqual(["royalty.month-lock", "royalty.pay"]);

    // The Excel file reopens with the same total.
    const downloading = page.waitForEvent("download");
    await page.getByRole("navigation", { name: "Xuất bảng nhuận bút" }).getByRole("link", { name: "Tải Excel" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`nhuan-but-${PERIOD}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Theo tác giả")!;
    const rows: [unknown, unknown][] = [];
    sheet.eachRow((row) => {
      if (typeof row.getCell(1).value === "number") rows.push([row.getCell(2).value, row.getCell(5).value]);
    });
    expect(rows).toEqual([
      [an.name, 672_750],
      [binh.name, 321_750],
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0]), "vi")));
    const totals = sheet.lastRow!;
    expect(totals.getCell(2).value).toBe("Tổng cộng");
    expect(totals.getCell(5).value).toMatchObject({ formula: expect.stringMatching(/^SUM\(E\d+:E\d+\)$/), result: total });

    // The printable sheet: title, total in figures and words, the three signatures.
    await page.goto(`/quan-tri/nhuan-but/in?thang=${PERIOD}`);
    const document = page.getByRole("article", { name: "Bảng thanh toán nhuận bút tháng 05/2020" });
    await expect(document.getByRole("heading", { level: 1 })).toHaveText("BẢNG THANH TOÁN NHUẬN BÚT THÁNG 5 NĂM 2020");
    await expect(document.getByTestId("in-tong-cong")).toHaveText("994.500");
    await expect(document).toContainText("Bằng chữ: Chín trăm chín mươi tư nghìn năm trăm đồng.");
    for (const title of ["NGƯỜI LẬP", "KẾ TOÁN", "THỦ TRƯỞNG ĐƠN VỊ"]) await expect(document.getByText(title, { exact: true })).toBeVisible();
  });

  test("a contributor sees their own royalties block but not the sheet", async ({ page }) => {
    await signIn(page, DEMO.contributor);
    await expect(page.getByRole("heading", { level: 2, name: /^Nhuận bút năm \d{4} của tôi$/ })).toBeVisible();
    await page.goto(`/quan-tri/nhuan-but?thang=${PERIOD}`);
    await expect(page.getByText(MESSAGES.forbidden)).toBeVisible();
    const response = await page.request.get(`/quan-tri/nhuan-but/excel?thang=${PERIOD}`);
    expect(response.status()).toBe(403);
  });
});

test.describe("royalties: the sheet on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the sheet scrolls sideways inside its table, never the page", async ({ page }) => {
    await resetSignInLimits();
    const author = await createTestUser(["CONTRIBUTOR"]);
    const board = await userIdByEmail(DEMO.editorialBoard);
    // A month of its own (the desktop test locks 05/2020 and counts its totals).
    const item = await seedItem("Đảng bộ cơ sở tổ chức hội nghị học tập, quán triệt nghị quyết", [author], "2020-07-08T03:00:00Z");
    await seedGrade(item, [author], 150, 10, board, "2020-07");
    await signIn(page, DEMO.secretary);
    await page.goto("/quan-tri/nhuan-but?thang=2020-07");
    await expect(page.getByTestId("tong-cong")).toBeVisible();
    await expectNoHorizontalScroll(page);
  });
});
