// Each demo account signs in at /dang-nhap and lands on a back-office home
// made for its roles: its name and unit, the blocks of the roles it holds and
// none of the others', the navigation its roles allow; signing out ends the
// session for real.
import { expect, test } from "@playwright/test";
import { queryDb } from "../support";
import {
  ADMIN_LINKS,
  COMMON_LINKS,
  DEMO_ACCOUNTS,
  ROLE_HEADINGS,
  WORKFLOW_LINKS,
  backOfficeNav,
  mayUse,
  resetSignInLimits,
  signIn,
  type Role,
} from "../accounts-support";

// Written out from the issue (not read from the database), so a seed that
// gives an account the wrong roles fails here.
const ACCOUNTS = DEMO_ACCOUNTS;
const ALL_ROLES = Object.keys(ROLE_HEADINGS) as Role[];

test.beforeEach(async () => {
  await resetSignInLimits();
});

for (const account of ACCOUNTS) {
  test(`${account.email} đăng nhập, thấy trang của mình và đăng xuất`, async ({ page, context }) => {
    const [person] = await queryDb<{ name: string; unit: string; roles: string[] }>(
      `SELECT u.name, n.name AS unit, u.roles::text[] AS roles
         FROM users u JOIN units n ON n.id = u.unit_id WHERE u.email = $1`,
      [account.email],
    );
    expect(person, `demo account ${account.email} is seeded`).toBeTruthy();
    expect([...person.roles].sort()).toEqual([...account.roles].sort());

    await signIn(page, account.email);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Xin chào, ${person.name}`);
    await expect(page.getByText(person.unit, { exact: false }).first()).toBeVisible();

    for (const role of ALL_ROLES) {
      const heading = page.getByRole("heading", { level: 2, name: ROLE_HEADINGS[role], exact: true });
      if (account.roles.includes(role)) await expect(heading, role).toBeVisible();
      else await expect(heading, role).toHaveCount(0);
    }

    const nav = backOfficeNav(page);
    await expect(nav).toBeVisible();
    for (const link of COMMON_LINKS) {
      await expect(nav.getByRole("link", { name: link.name, exact: true })).toHaveAttribute("href", link.href);
    }
    const isAdmin = account.roles.includes("ADMINISTRATOR");
    for (const link of ADMIN_LINKS) {
      const locator = nav.getByRole("link", { name: link.name, exact: true });
      if (isAdmin) await expect(locator).toHaveAttribute("href", link.href);
      else await expect(locator).toHaveCount(0);
      // Whatever the label, no link to an administration page for others.
      if (!isAdmin) await expect(page.locator(`a[href="${link.href}"]`)).toHaveCount(0);
    }
    for (const link of WORKFLOW_LINKS) {
      const locator = nav.getByRole("link", { name: link.name, exact: true });
      if (mayUse(account.roles, link)) await expect(locator, link.name).toHaveAttribute("href", link.href);
      else await expect(locator, link.name).toHaveCount(0);
    }

    // Signing out ends the session on the server, not just in the browser:
    // the old cookie, put back, no longer opens the back office.
    const cookiesWhileSignedIn = await context.cookies();
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page).toHaveURL(/\/dang-nhap(\?|$)/);

    await page.goto("/quan-tri");
    await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=%2Fquan-tri$/);
    await page.goto("/quan-tri/tai-khoan");
    await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=%2Fquan-tri%2Ftai-khoan$/);

    await context.clearCookies();
    await context.addCookies(cookiesWhileSignedIn);
    await page.goto("/quan-tri");
    await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=%2Fquan-tri$/);
  });
}
