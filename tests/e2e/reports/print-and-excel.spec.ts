// The activity report out of the site: printed to PDF by Chromium in the
// Party's format (A4, nothing cut on the right, only the document on paper),
// its Excel file (reopened: one sheet per table, the page's figures), a
// refused period explained in Vietnamese, and contributors kept out.
import ExcelJS from "exceljs";
import fs from "node:fs";
import { PDFDocument } from "pdf-lib";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, MESSAGES, resetSignInLimits, signIn } from "../accounts-support";

const YEAR = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" }).format(new Date()));
const PERIOD = `ky=nam&nam=${YEAR}`;
/** A4's width less the Party format's 30 mm and 15 mm margins, in CSS pixels (96 per inch). */
const CONTENT_WIDTH_PX = Math.floor(((210 - 30 - 15) / 25.4) * 96);

async function expectOnePageWideA4(page: Page): Promise<void> {
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: CONTENT_WIDTH_PX, height: 1100 });
  await expect(page.getByRole("navigation", { name: "Quản trị" })).toBeHidden();
  await expect(page.getByRole("link", { name: /Về trang báo cáo/ })).toBeHidden();
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    document: document.querySelector(".party-document")!.getBoundingClientRect().right,
    tables: [...document.querySelectorAll(".party-document table")].map((table) => table.getBoundingClientRect().right),
  }));
  expect(widths.page, "printed page wider than A4 less its margins").toBeLessThanOrEqual(CONTENT_WIDTH_PX);
  expect(widths.tables.length).toBeGreaterThan(0);
  for (const right of widths.tables) expect(right, "a table runs past the right margin").toBeLessThanOrEqual(widths.document + 0.5);
  const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true }));
  for (const pdfPage of pdf.getPages()) {
    expect(pdfPage.getSize().width).toBeCloseTo(595.28, 0);
    expect(pdfPage.getSize().height).toBeCloseTo(841.89, 0);
  }
  await page.emulateMedia({ media: "screen" });
}

test.beforeEach(async () => {
  await resetSignInLimits();
});

test("Thư ký in báo cáo hoạt động cả năm ra PDF khổ A4 và tải Excel có cùng số liệu", async ({ page }) => {
  await signIn(page, DEMO.secretary);
  await page.goto(`/quan-tri/bao-cao/in?${PERIOD}`);
  const document = page.locator("article.party-document");
  await expect(document.getByRole("heading", { level: 1 })).toHaveText(`BÁO CÁO Kết quả hoạt động Trang thông tin điện tử năm ${YEAR}`);
  await expect(document.getByText("ĐẢNG CỘNG SẢN VIỆT NAM", { exact: true })).toBeVisible();
  await expect(document.getByText(/^Số\s+-BC\/ĐUK$/)).toBeVisible();
  await expect(document.getByText("T/M BAN THƯỜNG VỤ")).toBeVisible();
  const summary = document.getByRole("table", { name: "Kết quả chung" });
  const published = summary.locator("tbody tr").filter({ hasText: "Tin, bài đã đăng" }).locator("td");
  const itemsOnPage = Number((await published.nth(2).innerText()).replace(/\./g, ""));
  expect(itemsOnPage).toBeGreaterThan(0);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải Excel" }).click()]);
  expect(download.suggestedFilename()).toBe(`bao-cao-nam-${YEAR}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Tổng hợp", "Chuyên mục", "Loại tin bài", "Đơn vị", "Người viết", "Đọc nhiều nhất", "Văn bản", "Nhịp đăng", "Fanpage, phát thanh", "Nhịp theo kênh"]);
  const sheet = workbook.getWorksheet("Tổng hợp")!;
  let items: unknown = null;
  sheet.eachRow((row) => {
    if (row.getCell(2).value === "Tin, bài đã đăng") items = row.getCell(3).value;
  });
  expect(items).toBe(itemsOnPage);

  await expectOnePageWideA4(page);
});

test("Khoảng thời gian ngược bị từ chối bằng tiếng Việt; cộng tác viên không xem được báo cáo", async ({ page }) => {
  await signIn(page, DEMO.editorialBoard);
  const upsideDown = `ky=khoang&tu=${YEAR}-05-01&den=${YEAR}-03-01`;
  await page.goto(`/quan-tri/bao-cao/in?${upsideDown}`);
  const alert = page.getByRole("alert").filter({ hasText: /./ }).last();
  await expect(alert).toBeVisible();
  const message = (await alert.innerText()).trim();
  expect(message).toContain("Khoảng thời gian bị ngược");
  await expect(page.locator("article.party-document")).toHaveCount(0);
  const refused = await page.request.get(`/quan-tri/bao-cao/excel?${upsideDown}`);
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toContain(message);

  await page.context().clearCookies();
  await resetSignInLimits();
  await signIn(page, DEMO.contributor);
  const excel = await page.request.get(`/quan-tri/bao-cao/excel?${PERIOD}`);
  expect(excel.status()).toBe(403);
  expect(await excel.text()).toContain(MESSAGES.forbidden);
  const print = await page.goto(`/quan-tri/bao-cao/in?${PERIOD}`);
  expect(print?.status()).toBe(403);
  await expect(page.getByText(MESSAGES.forbidden)).toBeVisible();
});
