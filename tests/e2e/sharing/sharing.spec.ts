// Sharing an item and its other versions (issue 11, seed 001): share links
// with the canonical URL, an Open Graph preview with a 1200×630 PNG, the radio
// version as plain text, the print version; drafts give none of them away.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { queryDb } from "../support";

const origin = (baseURL: string | undefined) => (baseURL ?? "").replace(/\/$/, "");

/**
 * A published demo item with a cover, or one without (every demo item has a
 * cover: the oldest one loses its cover here, before any page has cached it).
 */
async function publishedItem(hasCover: boolean) {
  if (!hasCover) {
    await queryDb(
      `UPDATE items SET cover_image_id = NULL, updated_at = now()
        WHERE id = (SELECT id FROM items WHERE status = 'PUBLISHED' AND published_at IS NOT NULL ORDER BY published_at, id LIMIT 1)
          AND cover_image_id IS NOT NULL`,
    );
  }
  const [item] = await queryDb<{ slug: string; title: string }>(
    `SELECT slug, title FROM items WHERE status = 'PUBLISHED' AND published_at IS NOT NULL AND published_at <= now()
        AND (cover_image_id IS NOT NULL) = $1 ORDER BY published_at ${hasCover ? "DESC" : "ASC"} LIMIT 1`,
    [hasCover],
  );
  expect(item, `a published item ${hasCover ? "with" : "without"} a cover`).toBeDefined();
  return item;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("nút chia sẻ mang địa chỉ chuẩn của bài; ảnh chia sẻ 1200×630 khai báo cho Facebook, Zalo", async ({ page, baseURL, request }) => {
  for (const hasCover of [false, true]) {
    const item = await publishedItem(hasCover);
    await page.goto(`/bai-viet/${item.slug}`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(canonical).toMatch(new RegExp(`^https?://[^/]+/bai-viet/${item.slug}$`));
    const share = page.getByRole("navigation", { name: "Chia sẻ và các bản khác của bài" });
    await expect(share.getByRole("link", { name: "Chia sẻ lên Facebook (mở cửa sổ mới)" })).toHaveAttribute(
      "href",
      `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(canonical!)}`,
    );
    await expect(share.getByRole("link", { name: "Chia sẻ qua Zalo (mở cửa sổ mới)" })).toHaveAttribute("href", `https://sp.zalo.me/share_to?url=${encodeURIComponent(canonical!)}`);
    await expect(share.getByRole("link", { name: "Sao chép liên kết" })).toHaveAttribute("href", canonical!);

    const meta = async (property: string) => page.locator(`meta[property="${property}"]`).first().getAttribute("content");
    expect(await meta("og:type")).toBe("article");
    expect(await meta("og:url")).toBe(canonical);
    expect(await meta("og:title")).toBe(item.title);
    expect(await meta("og:image:width")).toBe("1200");
    expect(await meta("og:image:height")).toBe("630");
    expect(await meta("article:published_time")).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await page.locator('meta[name="twitter:card"]').getAttribute("content")).toBe("summary_large_image");
    const image = await meta("og:image");
    expect(image).toMatch(new RegExp(`^https?://[^/]+/bai-viet/${item.slug}/anh-chia-se\\?v=[0-9a-z]+$`));

    // Fetched from our server (og:image names SITE_URL's host; the path is what matters).
    const response = await request.get(`${origin(baseURL)}${new URL(image!).pathname}${new URL(image!).search}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    const bytes = await response.body();
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    fs.writeFileSync(path.join(os.tmpdir(), `anh-chia-se-${hasCover ? "bia" : "the"}.png`), bytes);
  }
});

test("sao chép liên kết chép địa chỉ chuẩn vào bộ nhớ tạm", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: origin(baseURL) });
  const item = await publishedItem(false);
  await page.goto(`/bai-viet/${item.slug}`);
  // public/copy-link.js is an async script of the page: loaded once "load" has fired.
  await page.waitForLoadState("load");
  await expect(page.locator('script[src="/copy-link.js"]')).toHaveCount(1);
  const copy = page.getByRole("link", { name: "Sao chép liên kết" });
  const canonical = await copy.getAttribute("href");
  await copy.click();
  await expect(page.getByRole("status").filter({ hasText: "Đã sao chép liên kết bài viết." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  await expect(page).toHaveURL(new RegExp(`/bai-viet/${item.slug}$`));
});

test("bản đọc phát thanh là văn bản thuần, không thẻ; bản in không có khung trang", async ({ page, request, baseURL }) => {
  const item = await publishedItem(false);
  await page.goto(`/bai-viet/${item.slug}`);
  await page.getByRole("link", { name: "Bản đọc phát thanh" }).click();
  await expect(page).toHaveURL(new RegExp(`/bai-viet/${item.slug}/phat-thanh$`));

  const response = await request.get(`${origin(baseURL)}/bai-viet/${item.slug}/phat-thanh`);
  expect(response.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  const text = await response.text();
  expect(text.split("\n\n")[0]).toBe(item.title);
  expect(text).not.toMatch(/<[a-z/!]/i);
  expect(text).not.toMatch(/&(?:[a-z]+|#\d+);/i);
  expect(text).toMatch(/Đăng trên .+ ngày \d{2} tháng \d{2} năm \d{4}\./);
  expect(text.split("\n\n").length).toBeGreaterThan(3);

  await page.goto(`/bai-viet/${item.slug}`);
  await page.getByRole("link", { name: "Bản in" }).click();
  await expect(page).toHaveURL(new RegExp(`/bai-viet/${item.slug}/in$`));
  await expect(page.getByRole("heading", { level: 1, name: item.title })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Chuyên mục" })).toHaveCount(0);
  await expect(page.locator("main")).toContainText(`/bai-viet/${item.slug}`);
});

test("bản nháp không lộ ảnh chia sẻ, bản phát thanh hay bản in", async ({ request, baseURL }) => {
  const [draft] = await queryDb<{ slug: string }>(`SELECT slug FROM items WHERE status <> 'PUBLISHED' ORDER BY id LIMIT 1`);
  for (const suffix of ["anh-chia-se", "phat-thanh", "in"]) {
    const response = await request.get(`${origin(baseURL)}/bai-viet/${draft.slug}/${suffix}`);
    expect(response.status(), suffix).toBe(404);
    expect(response.headers()["content-type"]).not.toBe("image/png");
  }
});
