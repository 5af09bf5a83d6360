// The secretary's periodic report through the real page: pick a quarter in
// the GET form, read the figures (equal to a direct count over the same
// rows), the tables and the cadence table, follow the export links with the
// same period; an upside-down range is refused in words; phones do not
// scroll sideways; a contributor gets 403.
import { expect, test } from "@playwright/test";
import { expectNoHorizontalScroll, queryDb } from "../support";
import { DEMO, resetSignInLimits, signIn } from "../accounts-support";

test.beforeEach(async () => {
  await resetSignInLimits();
});

const ROMAN = ["I", "II", "III", "IV"];

/** The quarter before the current one, in Vietnam time, and its bounds as instants. */
function previousQuarter() {
  const parts = new Intl.DateTimeFormat("en", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "numeric" }).formatToParts(new Date());
  const year = Number(parts.find((p) => p.type === "year")!.value);
  const month = Number(parts.find((p) => p.type === "month")!.value);
  const current = Math.floor((month - 1) / 3) + 1;
  const [y, q] = current === 1 ? [year - 1, 4] : [year, current - 1];
  const vnMidnight = (yy: number, m: number) => new Date(Date.UTC(yy, m, 1) - 7 * 3_600_000);
  return { year: y, quarter: q, start: vnMidnight(y, (q - 1) * 3), end: vnMidnight(y, q * 3) };
}

test("thư ký xem báo cáo một quý: số liệu, các bảng, nhịp đăng bài, liên kết xuất", async ({ page }) => {
  const { year, quarter, start, end } = previousQuarter();
  const [{ count }] = await queryDb<{ count: number }>(
    "SELECT count(*)::int AS count FROM items WHERE status = 'PUBLISHED' AND published_at IS NOT NULL AND published_at >= $1 AND published_at < $2",
    [start, end],
  );
  const [{ views }] = await queryDb<{ views: number }>(
    "SELECT coalesce(sum(view_count), 0)::int AS views FROM items WHERE status = 'PUBLISHED' AND published_at IS NOT NULL AND published_at >= $1 AND published_at < $2",
    [start, end],
  );
  const cadenced = await queryDb<{ name: string }>("SELECT name FROM sections WHERE is_visible AND cadence <> 'NONE' AND cadence_target > 0");

  await signIn(page, DEMO.secretary);
  await page.goto("/quan-tri/bao-cao");
  await expect(page.getByRole("heading", { level: 1, name: "Báo cáo hoạt động" })).toBeVisible();
  const form = page.getByRole("form", { name: "Chọn kỳ báo cáo" });
  await form.getByLabel("Loại kỳ").selectOption({ label: "Quý" });
  await form.getByLabel("Năm", { exact: true }).fill(String(year));
  await form.getByLabel("Quý (khi chọn Quý)").selectOption({ label: `Quý ${ROMAN[quarter - 1]}` });
  await form.getByRole("button", { name: "Xem báo cáo" }).click();

  await expect(page).toHaveURL(new RegExp(`[?&]ky=quy&`));
  await expect(page).toHaveURL(new RegExp(`[?&]quy=${quarter}(&|$)`));
  await expect(page.getByRole("heading", { level: 2, name: `Quý ${ROMAN[quarter - 1]} năm ${year}` })).toBeVisible();
  const figure = (label: string) => page.locator("dl > div").filter({ has: page.locator("dt", { hasText: label }) }).locator("dd").first();
  await expect(figure("Tin, bài đã đăng")).toHaveText(count.toLocaleString("vi-VN"));
  await expect(figure("Lượt xem")).toHaveText(views.toLocaleString("vi-VN"));
  expect(count).toBeGreaterThan(0);

  // The section table adds up to the total (each item once, in its primary section).
  const sectionTable = page.getByRole("table", { name: "Tin, bài theo chuyên mục chính" });
  await expect(sectionTable.locator("tfoot td").nth(1)).toHaveText(count.toLocaleString("vi-VN"));
  await expect(page.getByRole("table", { name: "Tin, bài theo loại" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Tin, bài được đọc nhiều nhất trong kỳ" })).toBeVisible();

  // The cadence table: every section with a cadence, each judged.
  const cadence = page.getByRole("table", { name: "Nhịp đăng bài của các chuyên mục trong kỳ" });
  await expect(cadence.locator("tbody tr")).toHaveCount(cadenced.length);
  for (const { name } of cadenced) await expect(cadence.locator("tbody tr").filter({ hasText: name })).toHaveCount(1);
  await expect(cadence.locator("tbody tr").filter({ hasText: /Chậm nhịp|Đạt/ })).toHaveCount(cadenced.length);

  // Exports carry the same period.
  await expect(page.getByRole("link", { name: "Tải Excel" })).toHaveAttribute("href", `/quan-tri/bao-cao/excel?ky=quy&nam=${year}&quy=${quarter}`);
  await expect(page.getByRole("link", { name: "Bản in" })).toHaveAttribute("href", `/quan-tri/bao-cao/in?ky=quy&nam=${year}&quy=${quarter}`);

  // Upside down: refused in words, the form still there.
  await page.goto(`/quan-tri/bao-cao?ky=khoang&tu=${year}-05-01&den=${year}-03-01`);
  await expect(page.getByRole("alert").filter({ hasText: "Khoảng thời gian bị ngược" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Chọn kỳ báo cáo" })).toBeVisible();
  await page.goto(`/quan-tri/bao-cao?ky=khoang&tu=${year - 6}-01-01&den=${year}-01-01`);
  await expect(page.getByRole("alert").filter({ hasText: "dài quá 5 năm" })).toBeVisible();

  // On a phone the page never scrolls sideways; wide tables scroll in their frame.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/quan-tri/bao-cao?ky=quy&nam=${year}&quy=${quarter}`);
  await expect(page.getByRole("heading", { level: 2, name: `Quý ${ROMAN[quarter - 1]} năm ${year}` })).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test("cộng tác viên không xem được báo cáo hay kế hoạch chỉ tiêu", async ({ page }) => {
  await signIn(page, DEMO.contributor);
  for (const path of ["/quan-tri/bao-cao", "/quan-tri/bao-cao?ky=nam", "/quan-tri/chi-tieu/ke-hoach"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "Không có quyền truy cập" })).toBeVisible();
  }
});
