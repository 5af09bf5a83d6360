// Sign-in and sessions after the hardening: a lock says how long to wait
// (and the HTTP answer carries Retry-After), an unknown address locks like a
// real account, a signed-out cookie gets nothing from /api/auth/session and
// is cleared, and two-step sign-in comes with recovery codes that work once.
import { expect, test, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { queryDb } from "../support";
import { createTestUser, expectSignInError, MESSAGES, resetSignInLimits, signIn, submitSignIn, waitForHydration } from "../accounts-support";

test.beforeEach(async () => {
  await resetSignInLimits();
});

/** The credentials callback's own HTTP response to one attempt (what next-auth's client posts). */
async function postCredentials(page: Page, email: string, password: string) {
  const csrf = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return page.request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken: csrf.csrfToken, json: "true", callbackUrl: "/quan-tri" },
  });
}

test("tài khoản bị khóa: thông báo nói còn bao lâu, phản hồi có Retry-After, địa chỉ không tồn tại cũng vậy", async ({ page }) => {
  const user = await createTestUser(["CONTRIBUTOR"]);
  for (const email of [user.email, `khong-ton-tai-${user.id}@thu-nghiem.local`]) {
    for (let attempt = 1; attempt <= 4; attempt++) {
      const response = await postCredentials(page, email, `sai-${attempt}`);
      expect(response.headers()["retry-after"], `${email} #${attempt}`).toBeUndefined();
    }
    const fifth = await postCredentials(page, email, "sai-5");
    expect(Number(fifth.headers()["retry-after"]), email).toBe(900);
    expect(((await fifth.json()) as { url: string }).url).toContain("error=LOCKED%3A900");
  }
  await submitSignIn(page, user.email, user.password);
  await expectSignInError(page, MESSAGES.locked);
  // Three minutes later the message counts down.
  await queryDb("UPDATE users SET locked_until = now() + interval '11 minutes 30 seconds' WHERE id = $1", [user.id]);
  await submitSignIn(page, user.email, user.password);
  await expectSignInError(page, "Tài khoản đang tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 12 phút.");
});

test("sau khi đăng xuất, cookie cũ không còn là phiên: /api/auth/session trả về rỗng và xóa cookie", async ({ page, context }) => {
  const user = await createTestUser(["CONTRIBUTOR"]);
  await signIn(page, user.email, user.password);
  const cookie = (await context.cookies()).find((c) => /session-token/.test(c.name))!;
  expect(cookie).toBeTruthy();
  const live = await page.request.get("/api/auth/session");
  expect(((await live.json()) as { user?: unknown }).user).toBeTruthy();

  await waitForHydration(page);
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);

  // Replay the old cookie, as someone who copied it would.
  const stale = await page.request.get("/api/auth/session", { headers: { cookie: `${cookie.name}=${cookie.value}` } });
  expect(await stale.json()).toEqual({});
  const cleared = stale.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith(`${cookie.name}=`));
  expect(cleared.length, "the old cookie is cleared").toBeGreaterThan(0);
  for (const header of cleared) expect(header.value).toMatch(new RegExp(`^${cookie.name}=;|Max-Age=0|Expires=Thu, 01 Jan 1970`, "i"));
});

test("bật xác thực hai bước: mười mã khôi phục hiện một lần, mỗi mã đăng nhập được một lần", async ({ page, browser }) => {
  const user = await createTestUser(["CONTRIBUTOR"]);
  await signIn(page, user.email, user.password);
  await page.goto("/quan-tri/tai-khoan");
  await waitForHydration(page);
  await page.getByRole("button", { name: "Bật xác thực hai bước" }).click();
  const secretText = await page.locator("code").filter({ hasText: /^[A-Z2-7 ]{16,}$/ }).innerText();
  const totp = new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secretText.replace(/\s+/g, "")) });
  await page.getByLabel("Mã xác thực").fill(totp.generate());
  await page.getByRole("button", { name: "Xác nhận và bật" }).click();

  const list = page.getByRole("list", { name: "Các mã khôi phục" });
  await expect(list.getByRole("listitem")).toHaveCount(10);
  const codes = (await list.getByRole("listitem").allInnerTexts()).map((code) => code.trim());
  await page.getByRole("button", { name: "Tôi đã lưu các mã này" }).click();
  await expect(page.getByText("Còn 10 mã khôi phục chưa dùng.")).toBeVisible();
  await expect(list).toBeHidden();

  // A lost phone: a recovery code signs in, once.
  for (const expectOk of [true, false]) {
    const context = await browser.newContext();
    const other = await context.newPage();
    await submitSignIn(other, user.email, user.password);
    await other.getByLabel("Mã xác thực").fill(codes[0]);
    await other.getByRole("button", { name: "Đăng nhập" }).click();
    if (expectOk) await expect(other).toHaveURL(/\/quan-tri$/);
    else await expectSignInError(other, "Mã xác thực không đúng hoặc đã được dùng.");
    await context.close();
  }
  const [row] = await queryDb<{ unused: number }>("SELECT count(*)::int AS unused FROM totp_recovery_codes WHERE user_id = $1 AND used_at IS NULL", [user.id]);
  expect(row.unused).toBe(9);
});
