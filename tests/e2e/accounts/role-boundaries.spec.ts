// Each role is kept out of the administrator's pages, and out of the
// administrator's server actions even when the request is forged: what
// protects the data is the server's permission check, not the hidden link.
import { expect, test } from "@playwright/test";
import { queryDb } from "../support";
import {
  ADMIN_LINKS,
  DEMO,
  DEMO_ACCOUNTS,
  MESSAGES,
  WORKFLOW_LINKS,
  auditRowsSince,
  createTestUser,
  dbNow,
  mayUse,
  resetSignInLimits,
  signIn,
  userIdByEmail,
  waitForHydration,
} from "../accounts-support";
import { captureServerAction, replayServerAction } from "./server-actions";

test.beforeEach(async () => {
  await resetSignInLimits();
});

// Reading pages changes nothing but the audit log, so the demo accounts do.
for (const email of [DEMO.contributor, DEMO.secretary, DEMO.editorialBoard, DEMO.standingCommittee]) {
  test(`${email} không vào được các trang quản trị (403)`, async ({ page }) => {
    const userId = await userIdByEmail(email);
    await signIn(page, email);
    const since = await dbNow();
    for (const { href } of ADMIN_LINKS) {
      const response = await page.goto(href);
      expect(response?.status(), href).toBe(403);
      await expect(page).toHaveURL(new RegExp(`${href}$`));
      await expect(page.getByText(MESSAGES.forbidden)).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    }
    const denials = (await auditRowsSince(since, "permission.denied")).filter((row) => row.actor_id === userId);
    expect(denials.length).toBeGreaterThanOrEqual(ADMIN_LINKS.length);
    expect(denials.every((row) => row.result === "DENIED")).toBe(true);
  });
}

// The editorial desks: each role opens its own and gets a 403 on the others'.
for (const account of DEMO_ACCOUNTS) {
  test(`${account.email} chỉ vào được các trang biên tập của vai trò mình`, async ({ page }) => {
    await signIn(page, account.email);
    for (const link of WORKFLOW_LINKS) {
      const response = await page.goto(link.href);
      if (mayUse(account.roles, link)) {
        expect(response?.status(), link.href).toBe(200);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      } else {
        expect(response?.status(), link.href).toBe(403);
        await expect(page.getByText(MESSAGES.forbidden)).toBeVisible();
      }
    }
  });
}

test("cộng tác viên không gọi được thao tác của quản trị viên, kể cả bằng yêu cầu giả mạo", async ({ browser, baseURL }) => {
  // A person the administrator will disable, through the real page.
  const target = await createTestUser(["CONTRIBUTOR"]);
  const contributor = await createTestUser(["CONTRIBUTOR"]);

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, DEMO.administrator);
  const captured = await captureServerAction(adminPage, async () => {
    await adminPage.goto(`/quan-tri/nguoi-dung/${target.id}`);
    await waitForHydration(adminPage); // before that the form is a plain POST, not a server action call
    await adminPage.getByRole("button", { name: "Vô hiệu hóa", exact: true }).click();
    await adminPage.getByRole("dialog").getByRole("button", { name: "Vô hiệu hóa", exact: true }).click();
  });
  await expect.poll(async () => isActive(target.id)).toBe(false);
  await adminContext.close();

  // Undo it behind the application's back, then let the contributor replay
  // the administrator's exact request with their own cookies.
  await queryDb("UPDATE users SET is_active = true WHERE id = $1", [target.id]);
  const contributorContext = await browser.newContext();
  const contributorPage = await contributorContext.newPage();
  await signIn(contributorPage, contributor.email, contributor.password);
  const since = await dbNow();
  const response = await replayServerAction(contributorPage.request, captured, { origin: baseURL! });
  expect(response.status(), "the forged request reaches the action").toBeLessThan(500);

  expect(await isActive(target.id), "the target is still active").toBe(true);
  const denials = (await auditRowsSince(since, "permission.denied")).filter((row) => row.actor_id === contributor.id);
  expect(denials.length).toBeGreaterThanOrEqual(1);
  await contributorContext.close();
});

async function isActive(userId: number): Promise<boolean> {
  const [row] = await queryDb<{ is_active: boolean }>("SELECT is_active FROM users WHERE id = $1", [userId]);
  return row.is_active;
}
