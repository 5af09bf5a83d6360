// The administrator's yearly plan work through the real pages: next year's
// plan created from this year's, a minimum changed and saved, an absurd one
// refused with the message naming it, a rule removed after confirming, a
// save over another administrator's newer one refused; a contributor gets 403.
import { expect, test, type Page } from "@playwright/test";
import { queryDb } from "../support";
import { DEMO, resetSignInLimits, signIn, waitForHydration } from "../accounts-support";

const vietnamYear = () => Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" }).format(new Date()));

test.beforeEach(async () => {
  await resetSignInLimits();
});

type RuleRow = { position: string | null; min_news: number; min_articles: number };
const rulesOf = (year: number) =>
  queryDb<RuleRow>(
    "SELECT r.position::text AS position, r.min_news, r.min_articles FROM quota_rules r JOIN quota_plans p ON p.id = r.plan_id WHERE p.year = $1 AND r.subject = 'PERSON' ORDER BY r.position",
    [year],
  );

async function openEditor(page: Page, year: number) {
  await page.goto(`/quan-tri/chi-tieu/ke-hoach/${year}`);
  await waitForHydration(page);
}

test("quản trị viên tạo kế hoạch năm sau từ năm nay, sửa chỉ tiêu, bị từ chối số vô lý", async ({ page, browser }) => {
  const thisYear = vietnamYear();
  const nextYear = thisYear + 1;
  // Plans after this year belong to this spec: start from none.
  await queryDb("DELETE FROM quota_plans WHERE year > $1", [thisYear]);
  const thisYearRules = await rulesOf(thisYear);
  expect(thisYearRules.length).toBeGreaterThan(0);

  await signIn(page, DEMO.administrator);
  await page.goto("/quan-tri/chi-tieu/ke-hoach");
  await waitForHydration(page);
  await expect(page.getByRole("row").filter({ hasText: String(thisYear) }).first()).toBeVisible();
  await page.getByRole("button", { name: `Tạo kế hoạch năm ${nextYear} từ kế hoạch năm trước` }).click();

  await expect(page).toHaveURL(new RegExp(`/quan-tri/chi-tieu/ke-hoach/${nextYear}\\?da-tao=${thisYear}$`));
  await expect(page.getByRole("heading", { level: 1, name: `Kế hoạch chỉ tiêu năm ${nextYear}` })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: `Đã tạo kế hoạch năm ${nextYear} từ kế hoạch năm ${thisYear}` })).toBeVisible();
  expect(await rulesOf(nextYear)).toEqual(thisYearRules);
  await expect(page.getByLabel("Tên kế hoạch")).toHaveValue(new RegExp(`${nextYear}`));
  await expect(page.getByLabel("Số/ký hiệu")).toHaveValue("");

  // Change the staff's news minimum and give the plan its number.
  await waitForHydration(page);
  await page.getByLabel("Số/ký hiệu").fill("15-KH/ĐUK");
  await page.getByLabel("Cán bộ/chuyên viên: Tin", { exact: true }).fill("6");
  await page.getByRole("button", { name: `Lưu kế hoạch năm ${nextYear}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Đã lưu kế hoạch năm ${nextYear}` })).toBeVisible();
  expect((await rulesOf(nextYear)).find((rule) => rule.position === "STAFF")?.min_news).toBe(6);
  const [plan] = await queryDb<{ reference: string }>("SELECT reference FROM quota_plans WHERE year = $1", [nextYear]);
  expect(plan?.reference).toBe("15-KH/ĐUK");
  const [audit] = await queryDb<{ details: { year: number; rulesChanged: { rule: string }[] } }>(
    "SELECT details FROM audit_logs WHERE action = 'quota-plans.save' ORDER BY id DESC LIMIT 1",
  );
  expect(audit?.details).toMatchObject({ year: nextYear, rulesChanged: [{ rule: "Cán bộ/chuyên viên" }] });
  await openEditor(page, nextYear);
  await expect(page.getByLabel("Cán bộ/chuyên viên: Tin", { exact: true })).toHaveValue("6");

  // An absurd minimum is refused, named, and nothing is written.
  await page.getByLabel("Trưởng ban/đoàn thể: Bài", { exact: true }).fill("500");
  await page.getByRole("button", { name: `Lưu kế hoạch năm ${nextYear}` }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Trưởng ban/đoàn thể: ô “Bài” tối đa 100 tin, bài một năm (đang nhập 500)." })).toBeVisible();
  await page.getByLabel("Trưởng ban/đoàn thể: Bài", { exact: true }).fill("-1");
  await page.getByRole("button", { name: `Lưu kế hoạch năm ${nextYear}` }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Trưởng ban/đoàn thể: ô “Bài” không được âm (đang nhập -1)." })).toBeVisible();
  expect((await rulesOf(nextYear)).find((rule) => rule.position === "HEAD")?.min_articles).toBe(
    thisYearRules.find((rule) => rule.position === "HEAD")?.min_articles,
  );

  // Removing a rule asks first.
  await openEditor(page, nextYear);
  await page.getByRole("button", { name: "Bỏ quy định cho Phó ban/đoàn thể" }).click();
  const dialog = page.getByRole("dialog", { name: "Bỏ quy định cho Phó ban/đoàn thể?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Bỏ quy định", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã bỏ quy định cho Phó ban/đoàn thể." })).toBeVisible();
  await expect(page.getByLabel("Phó ban/đoàn thể: Tin", { exact: true })).toHaveCount(0);
  expect((await rulesOf(nextYear)).map((rule) => rule.position)).not.toContain("DEPUTY");

  // Another administrator saves first: this editor's save is refused, not silent.
  await openEditor(page, nextYear);
  await queryDb("UPDATE quota_plans SET name = name || ' (sửa)', updated_at = now() + interval '1 second' WHERE year = $1", [nextYear]);
  await page.getByLabel("Cán bộ/chuyên viên: Tin", { exact: true }).fill("9");
  await page.getByRole("button", { name: `Lưu kế hoạch năm ${nextYear}` }).click();
  await expect(page.getByRole("alert").filter({ hasText: `Kế hoạch năm ${nextYear} vừa được người khác sửa` })).toBeVisible();
  expect((await rulesOf(nextYear)).find((rule) => rule.position === "STAFF")?.min_news).toBe(6);

  // A contributor is kept out.
  const context = await browser.newContext();
  const contributor = await context.newPage();
  await signIn(contributor, DEMO.contributor);
  const response = await contributor.goto(`/quan-tri/chi-tieu/ke-hoach/${nextYear}`);
  expect(response?.status()).toBe(403);
  await expect(contributor.getByRole("heading", { name: "Không có quyền truy cập" })).toBeVisible();
  expect((await contributor.goto("/quan-tri/chi-tieu/ke-hoach"))?.status()).toBe(403);
  await context.close();

  await queryDb("DELETE FROM quota_plans WHERE year > $1", [thisYear]);
});
