// The quota dashboard as the standing committee uses it (filter a unit, sort,
// search a name typed without diacritics, check one person's count item by
// item), read with JavaScript off (the charts are SVG in the HTML), the
// monthly grid, and a contributor who sees only their own progress.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO, MESSAGES, backOfficeNav, resetSignInLimits, signIn, userIdByEmail } from "../accounts-support";
import { expectNoHorizontalScroll, queryDb } from "../support";

const YEAR = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" }).format(new Date()));
const YEAR_START = `${YEAR}-01-01T00:00:00+07:00`;

const fold = (text: string) =>
  text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();

/** "3 tin, 2 bài (1 chuyên sâu)" → counts; "0" → zeros. */
function parseDone(text: string) {
  const number = (pattern: RegExp) => Number(text.match(pattern)?.[1] ?? 0);
  const news = number(/(\d+) tin/);
  const articles = number(/(\d+) bài/);
  return { news, articles, inDepth: number(/\((\d+) chuyên sâu\)/), total: news + articles };
}

const personTable = (page: Page) => page.getByRole("table", { name: `Chỉ tiêu năm ${YEAR} theo từng người` });
const personRows = (page: Page) => personTable(page).locator("tbody tr");
const cell = (row: Locator, column: number) => row.locator("td").nth(column);
const COLUMN = { name: 0, unit: 1, done: 4, status: 6 } as const;

async function doneColumn(page: Page): Promise<number[]> {
  const texts = await personRows(page).locator(`td:nth-child(${COLUMN.done + 1})`).allInnerTexts();
  return texts.map((text) => parseDone(text).total);
}

test.beforeEach(async () => {
  await resetSignInLimits();
});

test("Ban Thường vụ lọc theo đơn vị, sắp xếp, tìm tên không dấu và đối chiếu số bài của một người", async ({ page }) => {
  // A department whose people wrote the most this year: its table is never empty.
  const [unit] = await queryDb<{ id: number; name: string }>(
    `SELECT n.id, n.name FROM units n JOIN users u ON u.unit_id = n.id JOIN item_authors a ON a.user_id = u.id JOIN items i ON i.id = a.item_id
      WHERE n.kind = 'DEPARTMENT' AND i.status = 'PUBLISHED' AND i.published_at >= $1
      GROUP BY n.id, n.name ORDER BY count(*) DESC, n.id LIMIT 1`,
    [YEAR_START],
  );
  await signIn(page, DEMO.standingCommittee);
  await backOfficeNav(page).getByRole("link", { name: "Chỉ tiêu", exact: true }).click();
  await expect(page).toHaveURL(/\/quan-tri\/chi-tieu$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Chỉ tiêu tin, bài năm ${YEAR}`);
  await expect(page.getByRole("heading", { name: "Cách tính" })).toBeVisible();
  await expect(page.getByText(/^Số liệu tính đến \d{2}:\d{2}, ngày \d{2} tháng \d{2} năm \d{4}\.$/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Tải Excel" })).toHaveAttribute("href", `/quan-tri/chi-tieu/excel?nam=${YEAR}`);

  // Filter: one unit.
  const filter = page.getByRole("search", { name: "Lọc danh sách cá nhân" });
  await filter.getByLabel("Đơn vị").selectOption({ label: unit.name });
  await filter.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(new RegExp(`don-vi=${unit.id}`));
  const count = await personRows(page).count();
  expect(count).toBeGreaterThan(0);
  await expect(page.getByText(`Tìm thấy ${count} người phù hợp.`)).toBeVisible();
  for (const unitName of await personRows(page).locator(`td:nth-child(${COLUMN.unit + 1})`).allInnerTexts()) expect(unitName).toBe(unit.name);

  // Sort by what was done: ascending, then (same header again) descending; the filter stays.
  await personTable(page).getByRole("link", { name: /^Đã có/ }).click();
  await expect(page).toHaveURL(/sap-xep=done/);
  await expect(personTable(page).locator("th[aria-sort]")).toHaveAttribute("aria-sort", "ascending");
  const ascending = await doneColumn(page);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await personTable(page).getByRole("link", { name: /^Đã có/ }).click();
  await expect(page).toHaveURL(/chieu=giam/);
  await expect(page).toHaveURL(new RegExp(`don-vi=${unit.id}`));
  await expect(personTable(page).locator("th[aria-sort]")).toHaveAttribute("aria-sort", "descending");
  const descending = await doneColumn(page);
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  expect(descending[0]).toBeGreaterThan(0);

  // The one who wrote most, found by a name typed without diacritics.
  const top = personRows(page).first();
  const name = await cell(top, COLUMN.name).getByRole("link").innerText();
  const doneText = await cell(top, COLUMN.done).innerText();
  const statusText = (await cell(top, COLUMN.status).textContent())!.trim();
  expect(fold(name)).not.toBe(name.toLowerCase()); // the demo's names carry diacritics
  await filter.getByLabel("Tìm theo tên").fill(fold(name));
  await filter.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(personTable(page).getByRole("link", { name, exact: true })).toBeVisible();
  for (const found of await personRows(page).locator("td:first-child a").allInnerTexts()) expect(fold(found)).toContain(fold(name));

  // Their items: the same numbers, item by item.
  await personTable(page).getByRole("link", { name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/quan-tri/chi-tieu/ca-nhan/\\d+\\?nam=${YEAR}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.locator('[data-field="Đã có"]')).toHaveText(doneText);
  await expect(page.locator('[data-field="Trạng thái"]')).toHaveText(statusText);
  const done = parseDone(doneText);
  const items = page.getByRole("table", { name: `Tin, bài của ${name} được tính chỉ tiêu năm ${YEAR}` });
  await expect(items.locator("tbody tr")).toHaveCount(done.total);
  await expect(page.getByRole("heading", { name: `Tin, bài được tính (${done.total})` })).toBeVisible();
  await expect(items.locator('[data-sum="news"]')).toHaveText(`${done.news} tin`);
  await expect(items.locator('[data-sum="articles"]')).toHaveText(`${done.articles} bài`);
  const kinds = await items.locator("tbody tr td:nth-child(3)").allInnerTexts();
  expect(kinds.filter((kind) => kind === "Bài" || kind === "Bài chuyên sâu")).toHaveLength(done.articles);
  expect(kinds.filter((kind) => kind === "Bài chuyên sâu")).toHaveLength(done.inDepth);
  const firstItem = items.locator("tbody tr").first().getByRole("link");
  await expect(firstItem).toHaveAttribute("href", /^\/bai-viet\/[^/]+$/);
  // The public page it links to is the item itself.
  const title = await firstItem.innerText();
  await firstItem.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});

test("biểu đồ, bảng và bộ lọc đọc được khi tắt JavaScript; bảng hằng tháng cộng đúng", async ({ page, browser }) => {
  await signIn(page, DEMO.standingCommittee);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const noScript = await context.newPage();
  try {
    await noScript.goto(`/quan-tri/chi-tieu?nam=${YEAR}`);
    await expect(noScript.getByRole("heading", { level: 1 })).toHaveText(`Chỉ tiêu tin, bài năm ${YEAR}`);
    const charts = noScript.locator("svg[role=img][data-chart]");
    await expect(charts).toHaveCount(3);
    for (const name of ["Tỉ lệ hoàn thành chỉ tiêu theo đơn vị", "Tin, bài được đăng theo tháng", "Tin, bài theo chuyên mục"]) {
      const chart = noScript.getByRole("img", { name });
      await expect(chart).toBeVisible();
      await expect(chart.locator("rect").first()).toBeAttached();
      expect((await chart.boundingBox())?.width ?? 0).toBeGreaterThan(200);
    }
    // The filter is a plain GET form.
    const filter = noScript.getByRole("search", { name: "Lọc danh sách cá nhân" });
    await filter.getByLabel("Trạng thái").selectOption({ label: "Chưa hoàn thành" });
    await filter.getByRole("button", { name: "Lọc" }).click();
    await expect(noScript).toHaveURL(/trang-thai=NOT_YET/);
    const statuses = await personRows(noScript).locator(`td:nth-child(${COLUMN.status + 1})`).allInnerTexts();
    expect(statuses.length).toBeGreaterThan(0);
    for (const status of statuses) expect(status).toContain("Chưa hoàn thành");

    await noScript.getByRole("link", { name: "Theo dõi hằng tháng" }).click();
    await expect(noScript).toHaveURL(new RegExp(`/quan-tri/chi-tieu/hang-thang\\?nam=${YEAR}$`));
    const grid = noScript.getByRole("table", { name: new RegExp(`Số tin, bài mỗi tháng năm ${YEAR}`) });
    await expect(grid.getByRole("columnheader", { name: "T1", exact: true })).toBeVisible();
    await expect(grid.getByRole("columnheader", { name: "Cả năm" })).toBeVisible();
    const rows = grid.locator("tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    for (const row of await rows.all()) {
      const cells = await row.locator("td").allInnerTexts();
      expect(cells).toHaveLength(14);
      const months = cells.slice(0, 12).map((text) => (/^\d+/.test(text) ? Number.parseInt(text, 10) : 0));
      expect(Number(cells[12])).toBe(months.reduce((sum, value) => sum + value, 0));
    }
  } finally {
    await context.close();
  }
});

test("cộng tác viên chỉ thấy tiến độ của chính mình và bị chặn ở bảng chỉ tiêu", async ({ page }) => {
  const contributorId = await userIdByEmail(DEMO.contributor);
  const [mine] = await queryDb<{ news: number; articles: number; in_depth: number }>(
    `SELECT count(*) FILTER (WHERE i.kind <> 'ARTICLE')::int AS news, count(*) FILTER (WHERE i.kind = 'ARTICLE')::int AS articles,
            count(*) FILTER (WHERE i.kind = 'ARTICLE' AND i.is_in_depth)::int AS in_depth
       FROM items i JOIN item_authors a ON a.item_id = i.id
      WHERE a.user_id = $1 AND i.status = 'PUBLISHED' AND i.published_at >= $2 AND i.published_at < $3`,
    [contributorId, YEAR_START, `${YEAR + 1}-01-01T00:00:00+07:00`],
  );
  await signIn(page, DEMO.contributor);
  const block = page.getByRole("region", { name: `Chỉ tiêu năm ${YEAR} của tôi` });
  await expect(block).toBeVisible();
  const sentence = block.locator("[data-own-progress]");
  await expect(sentence).toHaveText(new RegExp(`^Năm ${YEAR}: `));
  const expectedDone = [mine.news > 0 ? `${mine.news} tin` : null, mine.articles > 0 ? `${mine.articles} bài${mine.in_depth > 0 ? ` (${mine.in_depth} chuyên sâu)` : ""}` : null]
    .filter(Boolean)
    .join(", ");
  await expect(block).toContainText(`Đã có${expectedDone || "0"}`);
  await expect(block.getByRole("link", { name: "Bài của tôi" })).toHaveAttribute("href", "/quan-tri/bai-viet");
  await expect(page.getByRole("region", { name: "Báo cáo chỉ tiêu" })).toHaveCount(0);
  await expect(backOfficeNav(page).getByRole("link", { name: "Chỉ tiêu", exact: true })).toHaveCount(0);
  await expect(page.locator('a[href^="/quan-tri/chi-tieu"]')).toHaveCount(0);

  // The editor's panel says the same to them.
  const homeText = (await sentence.innerText()).replace(`Năm ${YEAR}: `, "");
  const [draft] = await queryDb<{ id: number }>(
    `SELECT i.id FROM items i JOIN item_authors a ON a.item_id = i.id WHERE a.user_id = $1 AND i.status = 'DRAFT' ORDER BY i.id LIMIT 1`,
    [contributorId],
  );
  if (draft) {
    await page.goto(`/quan-tri/bai-viet/${draft.id}`);
    await expect(page.locator("[data-own-progress]")).toHaveText(`Năm ${YEAR} của bạn: ${homeText}`);
  }

  const someoneElse = await userIdByEmail(DEMO.standingCommittee);
  for (const path of [`/quan-tri/chi-tieu?nam=${YEAR}`, `/quan-tri/chi-tieu/ca-nhan/${someoneElse}?nam=${YEAR}`, `/quan-tri/chi-tieu/ca-nhan/${contributorId}`, "/quan-tri/chi-tieu/hang-thang"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByText(MESSAGES.forbidden)).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
  }
});

test.describe("trên điện thoại (390 px)", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("bảng chỉ tiêu, trang cá nhân, bảng hằng tháng và trang chủ không cuộn ngang", async ({ page }) => {
    await signIn(page, DEMO.standingCommittee);
    await page.goto(`/quan-tri/chi-tieu?nam=${YEAR}`);
    await expect(personTable(page)).toBeVisible();
    await expectNoHorizontalScroll(page);
    const person = await personRows(page).first().locator("td:first-child a").getAttribute("href");
    await page.goto(person!);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await page.goto(`/quan-tri/chi-tieu/hang-thang?nam=${YEAR}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await page.goto("/quan-tri");
    await expect(page.getByRole("region", { name: "Báo cáo chỉ tiêu" })).toBeVisible();
    await expectNoHorizontalScroll(page);
  });
});
