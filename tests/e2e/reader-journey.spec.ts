// A reader's walk through the public site, as a phone or desktop reader would:
// home → a section → page 2 → an item → search → the document library.
import { expect, test } from "@playwright/test";
import { LONG_DATE, hrefsWithPrimarySection, itemLinks, queryDb, sectionNav } from "./support";

test.describe("bạn đọc", () => {
  test("đi từ trang chủ tới chuyên mục, trang 2 và một bài viết", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(itemLinks(page).first()).toBeVisible();

    await sectionNav(page).getByRole("link", { name: "Theo gương Bác", exact: true }).click();
    await expect(page).toHaveURL(/\/chuyen-muc\/theo-guong-bac$/);
    await expect(page.getByRole("heading", { level: 1, name: "Theo gương Bác" })).toBeVisible();
    const firstPageSlugs = await page.locator("main h2 a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(new Set(firstPageSlugs).size, "20 items a page").toBe(20);

    const pagination = page.getByRole("navigation", { name: "Phân trang" });
    await pagination.getByRole("link", { name: "Trang 2", exact: true }).click();
    await expect(page).toHaveURL(/\/chuyen-muc\/theo-guong-bac\?trang=2$/);
    await expect(pagination.locator('[aria-current="page"]')).toHaveText("2");
    const secondPageSlugs = await page.locator("main h2 a").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    expect(secondPageSlugs.length).toBeGreaterThan(0);
    expect(secondPageSlugs.filter((slug) => firstPageSlugs.includes(slug))).toEqual([]);

    // Not simply the first link: which items page 2 holds depends on the day
    // the demo content was seeded, and an item also filed under another
    // section is that section's in the breadcrumb.
    const [itemHref] = await hrefsWithPrimarySection("theo-guong-bac", secondPageSlugs);
    expect(itemHref, `an item of Theo gương Bác's own on page 2: ${secondPageSlugs.join(" ")}`).toBeDefined();
    const item = page.locator(`main h2 a[href="${itemHref}"]`);
    const title = (await item.innerText()).trim();
    await item.click();
    await expect(page).toHaveURL(/\/bai-viet\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.locator("main")).toContainText(LONG_DATE);
    const body = page.locator("main article p");
    expect(await body.count()).toBeGreaterThan(1);
    const crumbs = page.getByRole("navigation", { name: "Đường dẫn" });
    await expect(crumbs.getByRole("link", { name: "Trang chủ" })).toBeVisible();
    await expect(crumbs.getByRole("link", { name: "Theo gương Bác" })).toHaveAttribute("href", "/chuyen-muc/theo-guong-bac");
  });

  test("tìm kiếm không dấu: “theo guong bac” và “dang”", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("searchbox").first();
    await box.fill("theo guong bac");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/tim-kiem\?q=theo\+guong\+bac/);
    const results = itemLinks(page);
    await expect(results.first()).toBeVisible();
    // The hits are items of the "Theo gương Bác" section, words highlighted.
    const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    const inSection = await queryDb<{ slug: string }>(
      `SELECT i.slug FROM items i JOIN item_sections x ON x.item_id = i.id JOIN sections s ON s.id = x.section_id
        WHERE s.slug = 'theo-guong-bac' AND i.slug = ANY($1)`,
      [hrefs.map((href) => href.replace("/bai-viet/", ""))],
    );
    expect(inSection.length, hrefs.join(" ")).toBeGreaterThan(0);
    const marks = (await page.locator("main mark").allInnerTexts()).map((m) => m.toLowerCase());
    for (const word of ["theo", "gương", "bác"]) expect(marks, word).toContain(word);

    await page.goto("/tim-kiem?q=dang");
    await expect(itemLinks(page).first()).toBeVisible();
    const dangMarks = await page.locator("main mark").allInnerTexts();
    expect(dangMarks.some((m) => /^(Đ|đ)ảng$/.test(m.trim())), dangMarks.join(" | ")).toBe(true);
  });

  test("thư viện văn bản: lọc theo loại, tìm “91-KH”, mở 91-KH/ĐUK và tải PDF", async ({ page }) => {
    await page.goto("/van-ban");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const documentLinks = page.locator('main a[href^="/van-ban/"]');
    await expect(documentLinks.first()).toBeVisible();

    // Filter by type: a <select> (submitted by its form) or plain links.
    const typeSelect = page.getByRole("combobox", { name: /loại/i });
    if (await typeSelect.count()) {
      await typeSelect.first().selectOption({ label: "Kế hoạch" });
      const form = page.locator("main form").filter({ has: typeSelect.first() });
      await form.locator('button[type="submit"], input[type="submit"]').first().click();
    } else {
      await page.locator("main").getByRole("link", { name: /^Kế hoạch/ }).first().click();
    }
    await expect(page).toHaveURL(/\/van-ban\?(.+&)?loai=PLAN/);
    await expect(documentLinks.first()).toBeVisible();
    const types = await page.locator("main table tbody tr").evaluateAll((rows) => rows.map((row) => row.textContent ?? ""));
    expect(types.length).toBeGreaterThan(0);
    for (const row of types) expect(row).toContain("Kế hoạch");

    await page.goto("/van-ban");
    const search = page.locator("main").getByRole("searchbox").or(page.locator('main input[name="q"]')).first();
    await search.fill("91-KH");
    await search.press("Enter");
    await expect(page).toHaveURL(/q=91-KH/);
    const plan = page.locator("main").getByRole("link", { name: /91-KH\/ĐUK/ }).first();
    await expect(plan).toBeVisible();
    await plan.click();
    await expect(page).toHaveURL(/\/van-ban\/[a-z0-9-]+$/);
    await expect(page.locator("main")).toContainText("91-KH/ĐUK");

    const download = page.locator('main a[href*="/api/media/"]').first();
    await expect(download).toBeVisible();
    const response = await page.request.get((await download.getAttribute("href"))!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/pdf");
    expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
  });
});
