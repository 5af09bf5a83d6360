// The administrator's day, through the real pages: create a person, give
// them a second role, disable them (after a confirmation) and reset their
// password; add a section readers then see, hide it again; find all of it in
// the audit log. Everything is created here with unique names, so the demo
// content and the other specs are untouched.
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectNoHorizontalScroll, queryDb, sectionNav } from "../support";
import { DEMO, backOfficeNav, resetSignInLimits, signIn, submitSignIn, userIdByEmail, waitForHydration } from "../accounts-support";

test.beforeEach(async () => {
  await resetSignInLimits();
});

type PersonRow = { id: number; roles: string[]; is_active: boolean; must_change_password: boolean; password_hash: string };

async function personByEmail(email: string): Promise<PersonRow | undefined> {
  const [row] = await queryDb<PersonRow>(
    "SELECT id, roles::text[] AS roles, is_active, must_change_password, password_hash FROM users WHERE email = $1",
    [email],
  );
  return row;
}

async function confirmInDialog(page: Page, trigger: string, title: string, confirm: string): Promise<void> {
  await page.getByRole("button", { name: trigger, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: title });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: confirm, exact: true }).click();
}

test("quản trị viên tạo, phân quyền, vô hiệu hóa và đặt lại mật khẩu cho một người", async ({ page, browser }) => {
  const tag = randomBytes(3).toString("hex");
  const email = `e2e.moi.${tag}@thu-nghiem.local`;
  const name = `Nguyễn Văn Thử ${tag}`;
  const adminId = await userIdByEmail(DEMO.administrator);
  await signIn(page, DEMO.administrator);

  // Create: the temporary password is shown once.
  await backOfficeNav(page).getByRole("link", { name: "Người dùng", exact: true }).click();
  await expect(page).toHaveURL(/\/quan-tri\/nguoi-dung$/);
  await page.goto("/quan-tri/nguoi-dung/moi");
  await waitForHydration(page);
  await page.getByLabel("Thư điện tử").fill(email);
  await page.getByLabel("Họ và tên").fill(name);
  await page.getByLabel("Chức vụ").selectOption({ label: "Cán bộ/chuyên viên" });
  await page.getByLabel("Đơn vị").selectOption({ index: 1 });
  await page.getByRole("checkbox", { name: "Cộng tác viên", exact: true }).check();
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  const shown = page.getByRole("status").filter({ hasText: `Mật khẩu tạm thời của ${name}` });
  await expect(shown).toBeVisible();
  const temporaryPassword = (await shown.locator("code").innerText()).trim();
  expect(temporaryPassword.length).toBeGreaterThanOrEqual(10);
  const created = await personByEmail(email);
  expect(created).toMatchObject({ roles: ["CONTRIBUTOR"], is_active: true, must_change_password: true });
  expect(created!.password_hash).not.toContain(temporaryPassword);

  // The new person can sign in with it, and is first sent to change it.
  const theirContext = await browser.newContext();
  const theirPage = await theirContext.newPage();
  await submitSignIn(theirPage, email, temporaryPassword);
  await expect(theirPage).toHaveURL(/\/quan-tri\/tai-khoan/);

  // A second role.
  await shown.getByRole("link", { name: "Xem tài khoản vừa tạo" }).click();
  await expect(page).toHaveURL(new RegExp(`/quan-tri/nguoi-dung/${created!.id}$`));
  await waitForHydration(page);
  await page.getByRole("checkbox", { name: "Thư ký Ban Biên tập", exact: true }).check();
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect.poll(async () => (await personByEmail(email))!.roles.sort()).toEqual(["CONTRIBUTOR", "SECRETARY"]);

  // Disable: cancelling the confirmation changes nothing; confirming does,
  // and ends the person's open session at once.
  await page.reload();
  await waitForHydration(page);
  const disableTitle = `Vô hiệu hóa tài khoản của ${name}?`;
  await page.getByRole("button", { name: "Vô hiệu hóa", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: disableTitle });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Hủy" }).click();
  await expect(dialog).toBeHidden();
  expect((await personByEmail(email))!.is_active).toBe(true);
  await confirmInDialog(page, "Vô hiệu hóa", disableTitle, "Vô hiệu hóa");
  await expect.poll(async () => (await personByEmail(email))!.is_active).toBe(false);
  await expect(page.getByRole("button", { name: "Kích hoạt lại", exact: true })).toBeVisible();
  await theirPage.goto("/quan-tri/tai-khoan");
  await expect(theirPage).toHaveURL(/\/dang-nhap/);
  await theirContext.close();

  // Reset the password: a new temporary one, shown once.
  const hashBefore = (await personByEmail(email))!.password_hash;
  await confirmInDialog(page, "Đặt lại mật khẩu", `Đặt lại mật khẩu của ${name}?`, "Đặt lại mật khẩu");
  const reset = page.getByRole("status").filter({ hasText: `Mật khẩu tạm thời của ${name}` });
  await expect(reset).toBeVisible();
  const secondPassword = (await reset.locator("code").innerText()).trim();
  expect(secondPassword).not.toBe(temporaryPassword);
  await expect.poll(async () => (await personByEmail(email))!.password_hash).not.toBe(hashBefore);

  // Every step is in the audit log, with the administrator as actor.
  const rows = await queryDb<{ action: string; actor_id: number; result: string }>(
    "SELECT action, actor_id, result::text AS result FROM audit_logs WHERE object_type = 'user' AND object_id = $1 ORDER BY id",
    [String(created!.id)],
  );
  const byAdmin = rows.filter((row) => row.actor_id === adminId && row.result === "SUCCESS").map((row) => row.action);
  expect(byAdmin).toEqual(expect.arrayContaining(["people.create", "people.update-roles", "people.disable", "people.reset-password"]));
  expect(JSON.stringify(await queryDb("SELECT details FROM audit_logs WHERE object_id = $1", [String(created!.id)]))).not.toContain(secondPassword);

  await page.goto("/quan-tri/nhat-ky?hanhdong=people.disable");
  await expect(page.getByRole("heading", { level: 1, name: "Nhật ký" })).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.locator(`a[href="/quan-tri/nguoi-dung/${created!.id}"]`) });
  await expect(row.first()).toBeVisible();
  await expect(row.first()).toContainText("Vô hiệu hóa tài khoản");
});

test("quản trị viên thêm chuyên mục, bạn đọc thấy nó; ẩn đi thì không còn", async ({ page }) => {
  const tag = randomBytes(3).toString("hex");
  const sectionName = `Chuyên mục thử ${tag}`;
  await signIn(page, DEMO.administrator);

  await page.goto("/quan-tri/chuyen-muc");
  await waitForHydration(page);
  await page.locator("summary", { hasText: "Thêm chuyên mục" }).click();
  await page.getByLabel("Tên chuyên mục").fill(sectionName);
  await page.getByRole("button", { name: "Thêm chuyên mục" }).click();
  await expect
    .poll(async () => (await queryDb("SELECT 1 FROM sections WHERE name = $1 AND is_visible", [sectionName])).length)
    .toBe(1);
  const [section] = await queryDb<{ id: number; slug: string }>("SELECT id, slug FROM sections WHERE name = $1", [sectionName]);
  await expect(page.getByRole("link", { name: sectionName, exact: true }).first()).toBeVisible();

  // Readers see it in the navigation after a reload, and its page opens.
  await page.goto("/");
  await expect(sectionNav(page).getByRole("link", { name: sectionName, exact: true }).first()).toBeVisible();
  const sectionPage = await page.goto(`/chuyen-muc/${section.slug}`);
  expect(sectionPage?.status()).toBe(200);

  // Hidden: gone from the navigation, and its page is a 404.
  await page.goto("/quan-tri/chuyen-muc");
  await waitForHydration(page);
  await page.getByRole("button", { name: `Ẩn chuyên mục ${sectionName}` }).click();
  await expect.poll(async () => (await queryDb<{ is_visible: boolean }>("SELECT is_visible FROM sections WHERE id = $1", [section.id]))[0].is_visible).toBe(false);
  await page.goto("/");
  await expect(sectionNav(page)).toBeVisible();
  await expect(page.locator(`a[href="/chuyen-muc/${section.slug}"]`)).toHaveCount(0);
  expect((await page.goto(`/chuyen-muc/${section.slug}`))?.status()).toBe(404);

  // Both changes are in the audit log viewer.
  for (const action of ["sections.create", "sections.hide"]) {
    await page.goto(`/quan-tri/nhat-ky?hanhdong=${action}`);
    await expect(page.locator(`main a[href="/quan-tri/chuyen-muc/${section.id}"]`).first()).toBeVisible();
  }
});

test.describe("điện thoại 390×844", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("các trang quản trị không cuộn ngang", async ({ page }) => {
    await signIn(page, DEMO.administrator);
    for (const path of ["/quan-tri", "/quan-tri/nguoi-dung", "/quan-tri/don-vi", "/quan-tri/chuyen-muc", "/quan-tri/nhat-ky", "/quan-tri/tai-khoan"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoHorizontalScroll(page);
    }
  });
});
