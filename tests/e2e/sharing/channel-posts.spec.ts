// The secretary marks a published item "đã đăng fanpage"; the report's
// cadence view counts it on the fanpage channel of the item's section.
import { expect, test, type Page } from "@playwright/test";
import { DEMO, resetSignInLimits, signIn, waitForHydration } from "../accounts-support";
import { queryDb } from "../support";

/** The fanpage cell of the section's row in "Nhịp theo kênh": "12 / 6 cần" → 12. */
async function fanpageDone(page: Page, sectionId: number): Promise<number> {
  await page.goto("/quan-tri/bao-cao");
  const table = page.getByRole("table", { name: "Nhịp của các chuyên mục theo kênh: trang thông tin điện tử, fanpage, phát thanh" });
  const cell = table.locator(`tr[data-section-id="${sectionId}"] td`).nth(2);
  await expect(cell).toContainText("Hằng ngày: 1 lần đăng");
  return Number((await cell.innerText()).match(/^(\d+)/)?.[1]);
}

test.beforeEach(async () => {
  await resetSignInLimits();
});

test("thư ký ghi nhận đã đăng fanpage; nhịp theo kênh của báo cáo tính ngay", async ({ page }) => {
  const [item] = await queryDb<{ id: number; title: string; section_id: number }>(
    `SELECT i.id, i.title, l.section_id
       FROM items i JOIN item_sections l ON l.item_id = i.id AND l.is_primary
       JOIN section_channel_targets t ON t.section_id = l.section_id AND t.channel = 'FANPAGE'
      WHERE i.status = 'PUBLISHED' AND i.published_at <= now()
      ORDER BY i.published_at DESC LIMIT 1`,
  );
  expect(item, "a recent item in a section with a fanpage target").toBeDefined();

  await signIn(page, DEMO.secretary);
  const before = await fanpageDone(page, item.section_id);

  await page.goto(`/quan-tri/bai-viet/${item.id}`);
  const panel = page.getByRole("complementary", { name: "Quy trình biên tập" });
  const form = panel.getByRole("form", { name: "Đã đăng fanpage" });
  await waitForHydration(page);
  await expect(form.getByRole("combobox", { name: "Tên trang fanpage" })).toHaveValue("Điểm sáng vùng biên");

  // A link that is not http(s) is refused, in Vietnamese, and nothing is saved.
  await form.getByRole("textbox", { name: "Liên kết bài đăng" }).fill("javascript:alert(1)");
  await form.getByRole("button", { name: "Ghi nhận" }).click();
  await expect(form).toContainText("Liên kết phải là địa chỉ web bắt đầu bằng http:// hoặc https://.");

  const url = `https://www.facebook.com/diemsangvungbien/posts/e2e-${Date.now()}`;
  await form.getByRole("textbox", { name: "Liên kết bài đăng" }).fill(url);
  await form.getByRole("button", { name: "Ghi nhận" }).click();
  await expect(panel.getByText("Đã ghi nhận: đã đăng fanpage (Điểm sáng vùng biên).")).toBeVisible();
  await expect(panel.getByRole("list", { name: "Các lần đăng fanpage, phát thanh" }).locator(`a[href="${url}"]`)).toBeVisible();
  const rows = await queryDb<{ n: number }>(`SELECT count(*)::int AS n FROM item_channel_posts WHERE item_id = $1 AND url = $2`, [item.id, url]);
  expect(rows[0].n).toBe(1);

  expect(await fanpageDone(page, item.section_id)).toBe(before + 1);
});
