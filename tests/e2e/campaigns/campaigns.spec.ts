// Campaign pages and banners end to end: a campaign created in the back office
// with dates around now shows on the home page and lists the item attached to
// it; one that ended yesterday does not; a banner whose start comes a few
// seconds later appears on the home page by itself (the launcher expires the
// caches at the edge), with no deploy and no back-office action.
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, resetSignInLimits, signIn, waitForHydration } from "../accounts-support";
import { queryDb } from "../support";

const DAY = 24 * 60 * 60 * 1000;
const vietnamDate = (date: Date) =>
  new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric" }).format(date);

test.beforeEach(async () => {
  await resetSignInLimits();
});

async function createCampaign(page: Page, name: string, startDate: string, endDate: string): Promise<void> {
  await page.goto("/quan-tri/chuyen-trang/moi");
  await waitForHydration(page);
  await page.getByLabel("Tên chuyên trang").fill(name);
  await page.getByLabel("Mô tả", { exact: true }).fill("Chuyên trang thử nghiệm tự động.");
  await page.getByLabel("Ngày bắt đầu").fill(startDate);
  await page.getByLabel("Ngày kết thúc").fill(endDate);
  // Submitted from the keyboard, like someone who does not use a mouse.
  await page.getByLabel("Ngày kết thúc").press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Đã tạo chuyên trang." })).toBeVisible();
}

test("chuyên trang đang diễn ra hiện banner trên trang chủ và liệt kê tin, bài; chuyên trang kết thúc hôm qua thì không", async ({ page }) => {
  const tag = randomBytes(3).toString("hex");
  const now = new Date();
  const name = `Chuyên trang thử nghiệm ${tag}`;
  const [item] = await queryDb<{ title: string; slug: string }>(
    "SELECT title, slug FROM items WHERE status = 'PUBLISHED' AND published_at IS NOT NULL ORDER BY published_at DESC, id DESC LIMIT 1",
  );

  await signIn(page, DEMO.administrator);
  await createCampaign(page, name, vietnamDate(new Date(now.getTime() - DAY)), vietnamDate(new Date(now.getTime() + DAY)));
  await expect(page.getByText("Đang diễn ra", { exact: true })).toBeVisible();
  const slug = `chuyen-trang-thu-nghiem-${tag}`;
  await expect(page.getByRole("link", { name: `Xem trang /chuyen-trang/${slug}` })).toBeVisible();

  // Search-to-attach, then the attached list shows it.
  await page.getByLabel("Tìm tin, bài để thêm").fill(item.title);
  await page.getByLabel("Tìm tin, bài để thêm").press("Enter");
  await page.getByRole("button", { name: `Thêm “${item.title}” vào chuyên trang` }).click();
  await expect(page.getByRole("button", { name: `Gỡ “${item.title}” khỏi chuyên trang` })).toBeVisible();

  // The archive confirmation opens and closes from the keyboard.
  await page.getByRole("button", { name: "Lưu trữ", exact: true }).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: `Lưu trữ chuyên trang “${name}”?` });
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  const ended = `Chuyên trang đã qua ${tag}`;
  await createCampaign(page, ended, vietnamDate(new Date(now.getTime() - 10 * DAY)), vietnamDate(new Date(now.getTime() - DAY)));
  await expect(page.getByText("Đã kết thúc", { exact: true })).toBeVisible();

  await page.goto("/");
  const banners = page.getByRole("complementary", { name: "Chuyên trang", exact: true });
  await expect(banners.locator(`a[href="/chuyen-trang/${slug}"]`)).toContainText(name);
  await expect(page.getByText(ended)).toHaveCount(0);

  await page.goto(`/chuyen-trang/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.locator(`main a[href="/bai-viet/${item.slug}"]`).first()).toBeVisible();

  await page.goto("/chuyen-trang");
  await expect(page.getByRole("region", { name: "Đang diễn ra" }).getByRole("link", { name })).toBeVisible();
  await expect(page.getByRole("region", { name: "Lưu trữ" }).getByRole("link", { name: ended })).toBeVisible();
});

test("banner hẹn giờ bắt đầu sau vài giây tự hiện trên trang chủ, không cần triển khai lại", async ({ page }) => {
  const tag = randomBytes(3).toString("hex");
  const alt = `Banner hẹn giờ ${tag}`;
  const [image] = await queryDb<{ id: number }>("SELECT id FROM media_files WHERE kind = 'IMAGE' ORDER BY id LIMIT 1");
  // The home page is viewed first, so its cached banner list is filled without this banner.
  await page.goto("/");
  await expect(page.getByAltText(alt)).toHaveCount(0);
  await queryDb(
    `INSERT INTO banners (slot, name, image_id, alt, link_url, starts_at, sort_order, is_active, updated_at)
     VALUES ('TOP', $1, $2, $1, 'https://nhandan.vn/', now() + interval '6 seconds', 0, true, now())`,
    [alt, image.id],
  );
  await page.reload();
  await expect(page.getByAltText(alt)).toHaveCount(0);
  await expect(async () => {
    await page.reload();
    await expect(page.getByAltText(alt)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000, intervals: [1000] });
  const link = page.locator("a", { has: page.getByAltText(alt) });
  await expect(link).toHaveAttribute("href", "https://nhandan.vn/");
  await expect(link).toHaveAttribute("rel", /noopener/);
  await expect(link).toHaveAttribute("target", "_blank");
});
