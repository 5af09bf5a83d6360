// Nothing but PUBLISHED items reaches readers: not by URL, not in feeds, the
// sitemap, section pages or search. The non-public items are the seed's own
// (every status), read from the server's embedded database.
import { expect, test } from "@playwright/test";
import { itemLinks, nonPublicItems, type ItemRow } from "./support";

let hidden: ItemRow[] = [];

test.beforeAll(async () => {
  hidden = await nonPublicItems(3);
});

test.describe("tin, bài chưa đăng không lộ ra ngoài", () => {
  test("mọi trạng thái chưa công khai đều có trong dữ liệu mẫu", () => {
    const statuses = new Set(hidden.map((item) => item.status));
    for (const status of ["DRAFT", "SUBMITTED", "RETURNED", "FORWARDED", "SCHEDULED", "REJECTED", "UNPUBLISHED"]) {
      expect([...statuses], status).toContain(status);
    }
  });

  test("địa chỉ bài viết trả về 404", async ({ request }) => {
    for (const item of hidden) {
      const response = await request.get(`/bai-viet/${item.slug}`);
      expect(response.status(), `${item.status} ${item.slug}`).toBe(404);
      expect(await response.text()).not.toContain(item.title);
    }
  });

  test("không có trong RSS và sitemap", async ({ request }) => {
    for (const path of ["/rss.xml", "/sitemap.xml"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const text = await response.text();
      expect(text, path).toContain("/bai-viet/");
      for (const item of hidden) expect(text, `${path} ${item.status}`).not.toContain(`/bai-viet/${item.slug}`);
    }
    const sectionSlugs = [...new Set(hidden.flatMap((item) => item.sectionSlugs))];
    for (const slug of sectionSlugs.slice(0, 3)) {
      const text = await (await request.get(`/chuyen-muc/${slug}/rss.xml`)).text();
      for (const item of hidden) expect(text, `${slug} feed`).not.toContain(`/bai-viet/${item.slug}`);
    }
  });

  test("không có trên trang chuyên mục và trang chủ", async ({ page }) => {
    const hiddenPaths = new Set(hidden.map((item) => `/bai-viet/${item.slug}`));
    const sectionSlugs = [...new Set(hidden.flatMap((item) => item.sectionSlugs))];
    for (const path of ["/", ...sectionSlugs.map((slug) => `/chuyen-muc/${slug}`)]) {
      await page.goto(path);
      const hrefs = await page.locator('a[href^="/bai-viet/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      expect(hrefs.length, path).toBeGreaterThan(0);
      expect(hrefs.filter((href) => hiddenPaths.has(href!)), path).toEqual([]);
    }
  });

  test("tìm kiếm đúng tiêu đề cũng không thấy", async ({ page }) => {
    for (const item of hidden.slice(0, 8)) {
      await page.goto(`/tim-kiem?q=${encodeURIComponent(item.title.slice(0, 120))}`);
      const hrefs = await itemLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      expect(hrefs, `${item.status} “${item.title}”`).not.toContain(`/bai-viet/${item.slug}`);
    }
  });
});
