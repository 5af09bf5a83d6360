// The sign-in holds against the usual attacks: lockout after five wrong
// passwords, one message for every failure, redirects that stay on our
// origin, and the security headers of every response. Every test signs in
// as a person of its own, never as a shared demo account.
import { expect, test, type Page } from "@playwright/test";
import { captureServerAction, replayServerAction } from "./server-actions";
import { queryDb } from "../support";
import {
  MESSAGES,
  auditRowsSince,
  createTestUser,
  dbNow,
  expectSignInError,
  resetSignInLimits,
  signIn,
  submitSignIn,
  waitForHydration,
} from "../accounts-support";

test.beforeEach(async () => {
  await resetSignInLimits();
});

test.describe("khóa tài khoản", () => {
  test("năm lần sai mật khẩu thì khóa; mật khẩu đúng cũng bị từ chối khi đang khóa", async ({ page }) => {
    const user = await createTestUser(["CONTRIBUTOR"]);
    const since = await dbNow();

    for (let attempt = 1; attempt <= 4; attempt++) {
      await submitSignIn(page, user.email, `sai-mat-khau-${attempt}`);
      await expectSignInError(page, MESSAGES.wrongCredentials);
    }
    // The fifth wrong password locks the account and says so at once.
    await submitSignIn(page, user.email, "sai-mat-khau-5");
    await expectSignInError(page, MESSAGES.locked);

    await submitSignIn(page, user.email, user.password);
    await expectSignInError(page, MESSAGES.locked);
    await page.goto("/quan-tri");
    await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=/);

    const [row] = await queryDb<{ minutes: number }>(
      "SELECT EXTRACT(EPOCH FROM (locked_until - now())) / 60 AS minutes FROM users WHERE id = $1",
      [user.id],
    );
    expect(Number(row.minutes)).toBeGreaterThan(13);
    expect(Number(row.minutes)).toBeLessThanOrEqual(15.1);

    // Failures and the lockout are in the audit log, without the passwords tried.
    const rows = await auditRowsSince(since);
    const mine = rows.filter((r) => r.actor_id === user.id || r.object_id === String(user.id));
    expect(mine.filter((r) => r.result !== "SUCCESS").length, JSON.stringify(rows)).toBeGreaterThanOrEqual(5);
    expect(mine.some((r) => /lock/i.test(r.action)), `a lockout row in ${JSON.stringify(mine)}`).toBe(true);
    expect(JSON.stringify(rows)).not.toContain("sai-mat-khau");
  });
});

test.describe("một thông báo cho mọi lỗi đăng nhập", () => {
  test("sai thư điện tử, sai mật khẩu và tài khoản bị vô hiệu hóa: cùng một thông báo", async ({ page }) => {
    const user = await createTestUser(["CONTRIBUTOR"]);

    await submitSignIn(page, "khong-ton-tai@thu-nghiem.local", user.password);
    await expectSignInError(page, MESSAGES.wrongCredentials);
    const unknownEmail = await alertTexts(page);

    await submitSignIn(page, user.email, "Mat-khau-sai-2026");
    await expectSignInError(page, MESSAGES.wrongCredentials);
    expect(await alertTexts(page)).toEqual(unknownEmail);

    await queryDb("UPDATE users SET is_active = false WHERE id = $1", [user.id]);
    await submitSignIn(page, user.email, user.password);
    await expectSignInError(page, MESSAGES.wrongCredentials);
    expect(await alertTexts(page)).toEqual(unknownEmail);
  });
});

/** The non-empty alerts of the page, to compare two failures' wording. */
async function alertTexts(page: Page): Promise<string[]> {
  const texts = await page.getByRole("alert").allInnerTexts();
  return texts.map((text) => text.trim()).filter((text) => text.includes("Thư điện tử"));
}

test.describe("không có JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  // A client form submitted before (or without) its script is sent by the
  // browser itself: as a GET unless the form says otherwise, which would put
  // the password in the address bar, the history and the server's logs.
  test("gửi biểu mẫu đăng nhập không bao giờ đưa mật khẩu vào URL", async ({ page }) => {
    const user = await createTestUser(["CONTRIBUTOR"]);
    const urls: string[] = [];
    page.on("request", (request) => urls.push(request.url()));
    await page.goto("/dang-nhap");
    await page.getByLabel("Thư điện tử").fill(user.email);
    await page.getByLabel("Mật khẩu", { exact: true }).fill(user.password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.waitForLoadState();
    expect(urls.filter((url) => url.includes(user.password) || url.includes(encodeURIComponent(user.email)))).toEqual([]);
  });
});

test.describe("callbackUrl chỉ dẫn về trang của chúng ta", () => {
  for (const foreign of ["https://evil.example/x", "//evil.example", "/\\evil.example", "javascript:alert(1)"]) {
    test(`bỏ qua callbackUrl=${foreign}`, async ({ page, baseURL }) => {
      const user = await createTestUser(["CONTRIBUTOR"]);
      const foreignRequests: string[] = [];
      page.on("request", (request) => {
        if (!request.url().startsWith(baseURL!)) foreignRequests.push(request.url());
      });
      await submitSignIn(page, user.email, user.password, foreign);
      await expect(page).toHaveURL(`${baseURL}/quan-tri`);
      await expect(page.getByRole("heading", { level: 1, name: /^Xin chào, / })).toBeVisible();
      expect(foreignRequests).toEqual([]);
    });
  }

  test("một đường dẫn của trang được tôn trọng", async ({ page, baseURL }) => {
    const user = await createTestUser(["CONTRIBUTOR"]);
    await submitSignIn(page, user.email, user.password, "/quan-tri/tai-khoan");
    await expect(page).toHaveURL(`${baseURL}/quan-tri/tai-khoan`);
  });
});

test("thao tác máy chủ gửi từ một Origin lạ bị từ chối", async ({ page, baseURL }) => {
  const user = await createTestUser(["CONTRIBUTOR"]);
  await signIn(page, user.email, user.password);
  await waitForHydration(page);
  // "Đăng xuất" is a server action: capture its request, then sign in again.
  const signOut = await captureServerAction(page, () => page.getByRole("button", { name: "Đăng xuất" }).click());
  await expect(page).toHaveURL(/\/dang-nhap/);
  await signIn(page, user.email, user.password);

  const forged = await replayServerAction(page.request, signOut, { origin: "https://evil.example" });
  expect(forged.status(), "refused").toBeGreaterThanOrEqual(400);
  await page.goto("/quan-tri");
  await expect(page, "still signed in: the forged sign-out did nothing").toHaveURL(/\/quan-tri$/);

  // The same request from our own origin works, so it was the origin that was refused.
  await replayServerAction(page.request, signOut, { origin: baseURL! });
  await page.goto("/quan-tri");
  await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=/);
});

test.describe("tiêu đề bảo mật", () => {
  function scriptSrc(csp: string): string {
    const directives = csp.split(";").map((d) => d.trim());
    return directives.find((d) => d.startsWith("script-src ")) ?? directives.find((d) => d.startsWith("default-src ")) ?? "";
  }

  for (const path of ["/", "/dang-nhap"]) {
    test(`${path} có CSP với nonce và các tiêu đề bảo mật`, async ({ request }) => {
      const first = await request.get(path);
      const second = await request.get(path);
      expect(first.status()).toBe(200);
      const headers = first.headers();
      const csp = headers["content-security-policy"] ?? "";
      expect(csp, "Content-Security-Policy").toMatch(/'nonce-[A-Za-z0-9+/=_-]+'/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(scriptSrc(csp)).toContain("'nonce-");
      expect(scriptSrc(csp)).not.toContain("'unsafe-inline'");
      // A nonce is worth something only if it changes with every response.
      const nonceOf = (value: string) => /'nonce-([^']+)'/.exec(value)?.[1];
      expect(nonceOf(second.headers()["content-security-policy"] ?? "")).not.toBe(nonceOf(csp));
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBeTruthy();
      expect(headers["x-powered-by"]).toBeUndefined();
    });
  }

  test("trang quản trị không được lưu đệm và cookie phiên là HttpOnly, SameSite=Lax", async ({ page, context }) => {
    const user = await createTestUser(["CONTRIBUTOR"]);
    await signIn(page, user.email, user.password);
    const response = await page.goto("/quan-tri");
    expect(response?.status()).toBe(200);
    expect((await response!.allHeaders())["cache-control"] ?? "").toContain("no-store");
    const accountPage = await page.goto("/quan-tri/tai-khoan");
    expect((await accountPage!.allHeaders())["cache-control"] ?? "").toContain("no-store");

    const sessionCookies = (await context.cookies()).filter((cookie) => /session/i.test(cookie.name));
    expect(sessionCookies.length, "a session cookie").toBeGreaterThan(0);
    for (const cookie of sessionCookies) {
      expect(cookie.httpOnly, cookie.name).toBe(true);
      expect(cookie.sameSite, cookie.name).toBe("Lax");
    }
  });

  test("trang chủ, trang đăng nhập và trang quản trị không vi phạm CSP", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await page.goto("/", { waitUntil: "networkidle" });
    await page.goto("/dang-nhap", { waitUntil: "networkidle" });
    const user = await createTestUser(["CONTRIBUTOR"]);
    await signIn(page, user.email, user.password);
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });
});
