// What every reader relies on: a Vietnamese 404, a health check for the
// operator, pages that work without JavaScript, and a phone-sized layout.
import { expect, test } from "@playwright/test";
import { LONG_DATE, expectNoHorizontalScroll, itemLinks } from "./support";

test("trang 404 bằng tiếng Việt", async ({ page }) => {
  for (const path of [
    "/trang-khong-ton-tai",
    "/bai-viet/khong-co-bai-nay",
    "/chuyen-muc/khong-co-chuyen-muc",
    "/chuyen-trang/khong-co-chuyen-trang",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.locator("body")).toContainText(/không tìm thấy|không tồn tại/i);
    await expect(page.getByRole("link", { name: /trang chủ/i }).first()).toBeVisible();
  }
});

test("/api/health báo cơ sở dữ liệu hoạt động", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ database: "up" });
});

test("biểu tượng trang (favicon) có thật, không phải lỗi 404 trên mỗi trang", async ({ page, request }) => {
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/");
  const failures: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  expect(failures).toEqual([]);
});

test.describe("không có JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("đọc chuyên mục, sang trang sau và đọc bài", async ({ page }) => {
    await page.goto("/chuyen-muc/theo-guong-bac");
    await page.getByRole("navigation", { name: "Phân trang" }).getByRole("link", { name: /Trang sau/ }).click();
    await expect(page).toHaveURL(/\?trang=2$/);
    await expect(itemLinks(page).first()).toBeVisible();
    await page.locator("main h2 a").first().click();
    await expect(page).toHaveURL(/\/bai-viet\//);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("main")).toContainText(LONG_DATE);
    expect(await page.locator("main article p").count()).toBeGreaterThan(1);
  });

  test("tìm kiếm bằng biểu mẫu thường", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("searchbox").first();
    await box.fill("theo guong bac");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/tim-kiem\?q=/);
    await expect(itemLinks(page).first()).toBeVisible();
  });
});

test.describe("điện thoại 390×844", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("trang chủ, chuyên mục và bài viết không cuộn ngang", async ({ page }) => {
    await page.goto("/");
    await expectNoHorizontalScroll(page);
    // The menu is a disclosure on phones.
    const nav = page.getByRole("navigation", { name: "Chuyên mục" });
    await nav.getByText("Chuyên mục").click();
    await nav.getByRole("link", { name: "Theo gương Bác", exact: true }).click();
    await expect(page).toHaveURL(/\/chuyen-muc\/theo-guong-bac$/);
    await expectNoHorizontalScroll(page);
    await page.locator("main h2 a").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoHorizontalScroll(page);
  });
});
