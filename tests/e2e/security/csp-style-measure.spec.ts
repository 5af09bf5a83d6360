// Measures what a strict style-src would break: every page below is loaded
// with its CSP rewritten to `style-src 'self'` (no 'unsafe-inline', no
// nonce: cached public pages must not depend on one), and Chromium's violation reports are counted per
// page and per kind (a <style> element or a style="" attribute). The counts
// decide, page by page, whether 'unsafe-inline' can go (see README, CSP).
import { expect, test, type Page } from "@playwright/test";
import { queryDb } from "../support";
import { DEMO, resetSignInLimits, signIn } from "../accounts-support";

type Violation = { page: string; directive: string; blocked: string; sample: string };

async function strictStyles(page: Page, violations: Violation[]) {
  await page.route("**/*", async (route) => {
    if (route.request().resourceType() !== "document") return route.continue();
    const response = await route.fetch();
    const headers = response.headers();
    const csp = headers["content-security-policy"];
    if (csp) headers["content-security-policy"] = csp.replace(/style-src [^;]+/, "style-src 'self'");
    await route.fulfill({ response, headers });
  });
  await page.addInitScript(() => {
    (window as unknown as { __violations: unknown[] }).__violations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __violations: unknown[] }).__violations.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample.slice(0, 60),
      });
    });
  });
  return async (path: string) => {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    if (path.startsWith("/quan-tri/bai-viet/")) await page.locator(".ProseMirror").waitFor();
    const found = await page.evaluate(() => (window as unknown as { __violations: Omit<Violation, "page">[] }).__violations);
    violations.push(...found.map((violation) => ({ page: path, ...violation })));
    return found.length;
  };
}

function summary(violations: Violation[]) {
  const byPage = new Map<string, Record<string, number>>();
  for (const violation of violations) {
    const counts = byPage.get(violation.page) ?? {};
    counts[violation.directive] = (counts[violation.directive] ?? 0) + 1;
    byPage.set(violation.page, counts);
  }
  return byPage;
}

test("style-src sans 'unsafe-inline': vi phạm trên trang công khai và trang quản trị", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await resetSignInLimits();
  const [item] = await queryDb<{ slug: string; id: number }>("SELECT slug, id FROM items WHERE status = 'PUBLISHED' ORDER BY published_at DESC LIMIT 1");
  const [submitted] = await queryDb<{ id: number }>("SELECT id FROM items WHERE status = 'SUBMITTED' ORDER BY id LIMIT 1");
  const [section] = await queryDb<{ slug: string }>("SELECT slug FROM sections WHERE is_visible ORDER BY sort_order LIMIT 1");
  const [document] = await queryDb<{ slug: string }>("SELECT slug FROM directive_documents WHERE status = 'PUBLISHED' LIMIT 1");
  const campaigns = await queryDb<{ slug: string }>("SELECT slug FROM campaigns WHERE is_active LIMIT 1");
  const publicPages = ["/", "/chuyen-trang", ...campaigns.map((c) => `/chuyen-trang/${c.slug}`), "/khong-co-trang-nay", `/chuyen-muc/${section!.slug}`, `/bai-viet/${item!.slug}`, `/bai-viet/${item!.slug}/in`, "/van-ban", `/van-ban/${document!.slug}`, "/tim-kiem?q=theo+guong+bac", "/dang-nhap"];
  const violations: Violation[] = [];
  const visit = await strictStyles(page, violations);
  for (const path of publicPages) await visit(path);
  const publicCount = violations.length;

  await signIn(page, DEMO.administrator);
  for (const path of ["/quan-tri", "/quan-tri/don-vi", "/quan-tri/nhat-ky", "/quan-tri/nguoi-dung"]) await visit(path);
  // The secretary: the editor (Tiptap), quotas with their charts, reports, documents.
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "vi-VN" });
  const secretary = await context.newPage();
  await signIn(secretary, DEMO.secretary);
  const visitAsSecretary = await strictStyles(secretary, violations);
  for (const path of ["/quan-tri/chi-tieu", "/quan-tri/bao-cao", `/quan-tri/bai-viet/${submitted!.id}`, "/quan-tri/van-ban/moi", "/quan-tri/thu-vien"]) {
    await visitAsSecretary(path);
  }
  await context.close();

  const report = Object.fromEntries(summary(violations));
  console.log(`CSP style violations (public ${publicCount}, back office ${violations.length - publicCount}):`, JSON.stringify(report, null, 1));
  console.log("samples:", JSON.stringify([...new Map(violations.map((v) => [`${v.directive}|${v.sample}`, v])).values()].slice(0, 25), null, 1));
  expect(publicCount, JSON.stringify(report)).toBe(0);
});
