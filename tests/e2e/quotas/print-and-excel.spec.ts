// The quota report out of the site, as the standing committee takes it: the
// Excel file downloaded from the dashboard's link (reopened: the sheets and a
// person's numbers are the page's), the printable report and the evaluation
// list printed to PDF by Chromium (A4, nothing cut on the right, only the
// document on paper), both readable with JavaScript off; contributors refused.
import ExcelJS from "exceljs";
import fs from "node:fs";
import { PDFDocument } from "pdf-lib";
import { expect, test, type Download, type Page } from "@playwright/test";
import { DEMO, MESSAGES, resetSignInLimits, signIn } from "../accounts-support";

const YEAR = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" }).format(new Date()));
/** A4's width less the Party format's 30 mm and 15 mm margins, in CSS pixels (96 per inch). */
const CONTENT_WIDTH_PX = Math.floor(((210 - 30 - 15) / 25.4) * 96);
const A4_PT = { width: 595.28, height: 841.89 };

const personRows = (page: Page) => page.getByRole("table", { name: `Chỉ tiêu năm ${YEAR} theo từng người` }).locator("tbody tr");
const exportLinks = (page: Page) => page.getByRole("navigation", { name: "Xuất báo cáo chỉ tiêu" });

/** "3 tin, 2 bài (1 chuyên sâu)" → counts; "0" → zeros. */
function parseDone(text: string) {
  const number = (pattern: RegExp) => Number(text.match(pattern)?.[1] ?? 0);
  return { news: number(/(\d+) tin/), articles: number(/(\d+) bài/), inDepth: number(/\((\d+) chuyên sâu\)/) };
}

async function openWorkbook(download: Download): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
  return workbook;
}

/** Data rows of a report sheet: the rows after its header whose first cell is a number (STT). */
function dataRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    if (typeof values[0] === "number") rows.push(values);
  });
  return rows;
}

/** The column (0-based) under a two-level header: "Đã viết" › "Tin". */
function columnOf(sheet: ExcelJS.Worksheet, group: string, header: string): number {
  let top = 0;
  sheet.eachRow((row, number) => {
    if (!top && row.getCell(1).value === "STT") top = number;
  });
  const groups = (sheet.getRow(top).values as unknown[]).slice(1);
  const headers = (sheet.getRow(top + 1).values as unknown[]).slice(1);
  const index = groups.findIndex((value, c) => value === group && headers[c] === header);
  if (index < 0) throw new Error(`No column ${group} › ${header} in ${sheet.name}`);
  return index;
}

/**
 * Printed, the page shows only the document, which fits the width of A4 less
 * the margins (nothing cut on the right), and Chromium's PDF is A4 portrait.
 */
async function expectOnePageWideA4(page: Page): Promise<number> {
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: CONTENT_WIDTH_PX, height: 1100 });
  await expect(page.getByRole("navigation", { name: "Quản trị" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeHidden();
  await expect(page.getByRole("link", { name: /Về trang chỉ tiêu/ })).toBeHidden();
  await expect(page.locator("article.party-document")).toBeVisible();
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    tables: [...document.querySelectorAll<HTMLTableElement>(".party-document table")].map((table) => table.getBoundingClientRect().right),
    document: document.querySelector(".party-document")!.getBoundingClientRect().right,
  }));
  expect(widths.page, "printed page wider than A4 less its margins").toBeLessThanOrEqual(CONTENT_WIDTH_PX);
  expect(widths.tables.length).toBeGreaterThan(0);
  for (const right of widths.tables) expect(right, "a table runs past the right margin").toBeLessThanOrEqual(widths.document + 0.5);

  const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true }));
  expect(pdf.getPageCount()).toBeGreaterThan(0);
  for (const pdfPage of pdf.getPages()) {
    const { width, height } = pdfPage.getSize();
    expect(width).toBeCloseTo(A4_PT.width, 0);
    expect(height).toBeCloseTo(A4_PT.height, 0);
  }
  await page.emulateMedia({ media: "screen" });
  return pdf.getPageCount();
}

test.beforeEach(async () => {
  await resetSignInLimits();
});

test("Ban Thường vụ tải Excel từ trang chỉ tiêu: đủ các trang tính, số của một người khớp với trang", async ({ page }) => {
  await signIn(page, DEMO.standingCommittee);
  await page.goto(`/quan-tri/chi-tieu?nam=${YEAR}`);
  const first = personRows(page).first();
  const name = (await first.locator("td").nth(0).locator("a").innerText()).trim();
  const done = parseDone(await first.locator("td").nth(4).innerText());
  const status = (await first.locator("td").nth(6).innerText()).trim();

  const [download] = await Promise.all([page.waitForEvent("download"), exportLinks(page).getByRole("link", { name: "Tải Excel" }).click()]);
  expect(download.suggestedFilename()).toBe(`chi-tieu-${YEAR}.xlsx`);
  const workbook = await openWorkbook(download);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Cá nhân", "Đơn vị", "Hằng tháng"]);
  const people = workbook.getWorksheet("Cá nhân")!;
  expect(people.getCell("A1").value).toBe(`KẾT QUẢ THỰC HIỆN CHỈ TIÊU VIẾT TIN, BÀI NĂM ${YEAR}`);
  expect(people.views[0]).toMatchObject({ state: "frozen" });
  // The first row of the page is the first row of the file (same order), with the same numbers.
  const [row] = dataRows(people);
  expect(row[1]).toBe(name);
  const doneColumn = (header: string) => row[columnOf(people, "Đã viết", header)];
  expect({ news: doneColumn("Tin"), articles: doneColumn("Bài"), inDepth: doneColumn("Bài chuyên sâu") }).toEqual(done);
  // The page's badge carries a symbol before the words.
  expect(status).toContain(row[row.length - 1]);
  expect(dataRows(workbook.getWorksheet("Đơn vị")!).length).toBeGreaterThan(0);
});

test("Tệp Excel giữ bộ lọc của trang: chỉ những người chưa hoàn thành", async ({ page }) => {
  await signIn(page, DEMO.standingCommittee);
  await page.goto(`/quan-tri/chi-tieu?nam=${YEAR}&trang-thai=NOT_YET`);
  const onPage = await personRows(page).count();
  const [download] = await Promise.all([page.waitForEvent("download"), exportLinks(page).getByRole("link", { name: "Tải Excel" }).click()]);
  const rows = dataRows((await openWorkbook(download)).getWorksheet("Cá nhân")!);
  expect(rows.length).toBeGreaterThanOrEqual(onPage);
  for (const row of rows) expect(row[row.length - 1]).toBe("Chưa hoàn thành");
});

test("Bản in báo cáo chỉ tiêu theo thể thức văn bản của Đảng in ra PDF khổ A4, không bị cắt lề phải", async ({ page }) => {
  await signIn(page, DEMO.standingCommittee);
  await page.goto(`/quan-tri/chi-tieu?nam=${YEAR}`);
  await exportLinks(page).getByRole("link", { name: "Bản in" }).click();
  await expect(page).toHaveURL(new RegExp(`/quan-tri/chi-tieu/in\\?nam=${YEAR}`));
  const document = page.locator("article.party-document");
  await expect(document.getByText("ĐẢNG CỘNG SẢN VIỆT NAM", { exact: true })).toBeVisible();
  await expect(document.getByText(/^Số\s+-BC\/ĐUK$/)).toBeVisible();
  await expect(document.getByText(new RegExp(`^Thanh Hoá, ngày \\d{2} tháng \\d{2} năm ${YEAR}$`))).toBeVisible();
  await expect(document.getByRole("heading", { level: 1 })).toHaveText(`BÁO CÁO Kết quả thực hiện chỉ tiêu viết tin, bài trên Trang thông tin điện tử năm ${YEAR}`);
  await expect(document.getByText("Nơi nhận:")).toBeVisible();
  await expect(document.getByText("T/M BAN THƯỜNG VỤ")).toBeVisible();
  await expect(document.getByText("PHÓ BÍ THƯ")).toBeVisible();
  await expect(document.getByRole("table", { name: "Kết quả thực hiện chỉ tiêu của từng cá nhân" }).locator("tbody tr")).not.toHaveCount(0);
  await expect(page.getByRole("button", { name: "In báo cáo" })).toBeVisible();
  expect(await expectOnePageWideA4(page)).toBeGreaterThan(1);
});

test("Danh sách đánh giá: một lần bấm, in A4 và tải Excel cùng danh sách", async ({ page }) => {
  await signIn(page, DEMO.standingCommittee);
  await page.goto(`/quan-tri/chi-tieu?nam=${YEAR}`);
  await exportLinks(page).getByRole("link", { name: "Danh sách đánh giá" }).click();
  const document = page.locator("article.party-document");
  await expect(document.getByRole("heading", { level: 1 })).toHaveText(`DANH SÁCH ĐÁNH GIÁ MỨC ĐỘ HOÀN THÀNH CHỈ TIÊU VIẾT TIN, BÀI NĂM ${YEAR}`);
  const table = document.getByRole("table", { name: "Danh sách đánh giá mức độ hoàn thành chỉ tiêu" });
  // Every row but the last (the total) has its result in the ninth cell.
  const results = await table.locator("tbody tr:not(:last-child) td:nth-child(9)").allInnerTexts();
  expect(results.length).toBeGreaterThan(0);
  for (const result of results) expect(["Hoàn thành", "Không hoàn thành"]).toContain(result.trim());

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải Excel" }).click()]);
  expect(download.suggestedFilename()).toBe(`danh-gia-chi-tieu-${YEAR}.xlsx`);
  const listed = dataRows((await openWorkbook(download)).getWorksheet("Đánh giá")!);
  expect(listed.map((row) => row[9])).toEqual(results.map((result) => result.trim()));

  await expectOnePageWideA4(page);
});

test("Bản in đọc được khi tắt JavaScript; cộng tác viên bị từ chối", async ({ page, browser }) => {
  await signIn(page, DEMO.standingCommittee);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const noScript = await context.newPage();
  try {
    await noScript.goto(`/quan-tri/chi-tieu/in?nam=${YEAR}`);
    await expect(noScript.locator("article.party-document").getByText("T/M BAN THƯỜNG VỤ")).toBeVisible();
    // No dead button without a script: the hint to use the browser's own print command instead.
    await expect(noScript.getByRole("button", { name: "In báo cáo" })).toHaveCount(0);
    await expect(noScript.getByText(/Ctrl \+ P/)).toBeVisible();
  } finally {
    await context.close();
  }

  await page.context().clearCookies();
  await resetSignInLimits();
  await signIn(page, DEMO.contributor);
  for (const path of [`/quan-tri/chi-tieu/excel?nam=${YEAR}`, `/quan-tri/chi-tieu/danh-gia/excel?nam=${YEAR}`]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(403);
    expect(await response.text()).toContain(MESSAGES.forbidden);
  }
  for (const path of [`/quan-tri/chi-tieu/in?nam=${YEAR}`, `/quan-tri/chi-tieu/danh-gia?nam=${YEAR}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByText(MESSAGES.forbidden)).toBeVisible();
    await expect(page.locator("article.party-document")).toHaveCount(0);
  }
});
