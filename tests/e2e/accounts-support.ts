// Shared by the account and back-office specs: the UI contract's exact
// Vietnamese strings, signing in through the real form, and people created
// directly in the embedded database so that no spec locks, disables or
// edits the shared demo accounts.
import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { queryDb } from "./support";

export type Role = "CONTRIBUTOR" | "SECRETARY" | "EDITORIAL_BOARD" | "STANDING_COMMITTEE" | "ADMINISTRATOR";
export type Position = "STANDING_MEMBER" | "HEAD" | "DEPUTY" | "STAFF" | "COLLABORATOR";

export const DEMO_PASSWORD = "Demo@2026";

export const DEMO = {
  administrator: "quantri@demo.local",
  secretary: "thuky@demo.local",
  editorialBoard: "bbt@demo.local",
  standingCommittee: "btv@demo.local",
  contributor: "ctv@demo.local",
} as const;

export const MESSAGES = {
  wrongCredentials: "Thư điện tử hoặc mật khẩu không đúng.",
  locked: "Tài khoản đang tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.",
  tooManyFromIp: "Có quá nhiều lần đăng nhập sai từ địa chỉ mạng của bạn. Vui lòng thử lại sau 15 phút.",
  forbidden: "Bạn không có quyền truy cập trang này.",
} as const;

/** The `<h2>` of each role's block on the back-office home. */
export const ROLE_HEADINGS: Record<Role, string> = {
  CONTRIBUTOR: "Bài của tôi",
  SECRETARY: "Chờ thư ký xử lý",
  EDITORIAL_BOARD: "Chờ Ban Biên tập duyệt",
  STANDING_COMMITTEE: "Báo cáo chỉ tiêu",
  ADMINISTRATOR: "Quản trị hệ thống",
};

/** Links of `<nav aria-label="Quản trị">` everyone sees. */
export const COMMON_LINKS = [
  { name: "Trang quản trị", href: "/quan-tri" },
  { name: "Thông báo", href: "/quan-tri/thong-bao" },
  { name: "Tài khoản", href: "/quan-tri/tai-khoan" },
] as const;

/** Links (and pages) of the editorial workflow, with the roles that may use each. */
export const WORKFLOW_LINKS: readonly { name: string; href: string; roles: readonly Role[] }[] = [
  { name: "Bài của tôi", href: "/quan-tri/bai-viet", roles: ["CONTRIBUTOR"] },
  { name: "Biên tập", href: "/quan-tri/bien-tap", roles: ["SECRETARY", "EDITORIAL_BOARD"] },
  { name: "Phê duyệt", href: "/quan-tri/phe-duyet", roles: ["EDITORIAL_BOARD"] },
  { name: "Quản lý bài", href: "/quan-tri/quan-ly-bai", roles: ["SECRETARY", "EDITORIAL_BOARD"] },
  { name: "Văn bản", href: "/quan-tri/van-ban", roles: ["SECRETARY", "EDITORIAL_BOARD"] },
  // Administrators upload campaign and banner pictures.
  { name: "Thư viện ảnh", href: "/quan-tri/thu-vien", roles: ["CONTRIBUTOR", "SECRETARY", "EDITORIAL_BOARD", "ADMINISTRATOR"] },
];

/** The demo accounts' roles, written out from the issue (not read from the database). */
export const DEMO_ACCOUNTS: readonly { email: string; roles: readonly Role[] }[] = [
  { email: DEMO.administrator, roles: ["ADMINISTRATOR"] },
  { email: DEMO.secretary, roles: ["SECRETARY", "CONTRIBUTOR"] },
  { email: DEMO.editorialBoard, roles: ["EDITORIAL_BOARD"] },
  { email: DEMO.standingCommittee, roles: ["STANDING_COMMITTEE"] },
  { email: DEMO.contributor, roles: ["CONTRIBUTOR"] },
];

export const mayUse = (roles: readonly Role[], link: { roles: readonly Role[] }) => link.roles.some((role) => roles.includes(role));

/** Links (and pages) only the administrator may use. */
export const ADMIN_LINKS = [
  { name: "Người dùng", href: "/quan-tri/nguoi-dung" },
  { name: "Đơn vị", href: "/quan-tri/don-vi" },
  { name: "Chuyên mục", href: "/quan-tri/chuyen-muc" },
  { name: "Nhật ký", href: "/quan-tri/nhat-ky" },
] as const;

export const backOfficeNav = (page: Page) => page.getByRole("navigation", { name: "Quản trị" });

/** Fills and submits the sign-in form; the caller checks what follows. */
export async function submitSignIn(page: Page, email: string, password: string, callbackUrl?: string): Promise<void> {
  const query = callbackUrl === undefined ? "" : `?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  await page.goto(`/dang-nhap${query}`);
  await waitForHydration(page);
  await page.getByLabel("Thư điện tử").fill(email);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

/**
 * Waits until React has hydrated the page's forms: a client form submitted
 * before that is sent by the browser itself, not by its handler.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const forms = [...document.querySelectorAll("form")];
    return forms.length > 0 && forms.every((form) => Object.keys(form).some((key) => key.startsWith("__reactProps")));
  });
}

/** Signs in and waits for the back-office home. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await submitSignIn(page, email, password);
  await expect(page).toHaveURL(/\/quan-tri$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Xin chào, / })).toBeVisible();
}

/** The sign-in form shows exactly `message` in a `role="alert"` element. */
export async function expectSignInError(page: Page, message: string): Promise<void> {
  // Filtered by text: Next's route announcer is a role="alert" too.
  const alert = page.getByRole("alert").filter({ hasText: message });
  await expect(alert).toBeVisible();
  await expect(page).toHaveURL(/\/dang-nhap/);
}

/**
 * Forgets the per-IP sign-in counters. Every spec signs in from 127.0.0.1,
 * so without this the failures of one spec would count against the next.
 */
export async function resetSignInLimits(): Promise<void> {
  await queryDb("DELETE FROM rate_limit_buckets");
}

export type TestUser = { id: number; email: string; name: string; password: string; unitName: string };

const TEST_PASSWORD = "Thunghiem2026";

/**
 * A new active person with the given roles and a password of their own,
 * hashed by the application's own hasher (so the spec proves that the real
 * sign-in accepts what the real hasher writes).
 */
export async function createTestUser(roles: Role[], position: Position = "STAFF"): Promise<TestUser> {
  const { hashPassword } = await import("@/lib/server/auth/password");
  const tag = randomBytes(4).toString("hex");
  const email = `e2e.${tag}@thu-nghiem.local`;
  const name = `Người thử nghiệm ${tag}`;
  const [unit] = await queryDb<{ id: number; name: string }>(
    "SELECT id, name FROM units WHERE is_active ORDER BY id LIMIT 1",
  );
  const [row] = await queryDb<{ id: number }>(
    `INSERT INTO users (email, name, password_hash, position, unit_id, roles, is_active, updated_at)
     VALUES ($1, $2, $3, $4::"Position", $5, $6::"Role"[], true, now()) RETURNING id`,
    [email, name, await hashPassword(TEST_PASSWORD), position, unit.id, roles],
  );
  return { id: row.id, email, name, password: TEST_PASSWORD, unitName: unit.name };
}

/** The database's clock, to find audit rows written after a point. */
export async function dbNow(): Promise<Date> {
  const [row] = await queryDb<{ now: Date }>("SELECT clock_timestamp() AS now");
  return row.now;
}

export type AuditRow = { action: string; result: string; actor_id: number | null; object_type: string | null; object_id: string | null; ip: string | null; details: unknown };

export async function auditRowsSince(since: Date, action?: string): Promise<AuditRow[]> {
  return queryDb<AuditRow>(
    `SELECT action, result::text AS result, actor_id, object_type, object_id, ip, details
       FROM audit_logs WHERE at >= $1 AND ($2::text IS NULL OR action = $2) ORDER BY id`,
    [since, action ?? null],
  );
}

export async function userIdByEmail(email: string): Promise<number> {
  const [row] = await queryDb<{ id: number }>("SELECT id FROM users WHERE email = $1", [email]);
  if (!row) throw new Error(`No user ${email}`);
  return row.id;
}
