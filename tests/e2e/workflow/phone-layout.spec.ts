// The workflow's pages on a phone (390 px): nothing scrolls sideways, the
// editor and its toolbar included.
import { expect, test } from "@playwright/test";
import { createTestUser, resetSignInLimits, signIn } from "../accounts-support";
import { expectNoHorizontalScroll } from "../support";
import { bodyEditor, publicSection, seedItem, uniqueWord } from "./workflow-support";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, actionTimeout: 20_000 });

test.beforeEach(async () => {
  await resetSignInLimits();
});

test("các trang biên tập không cuộn ngang trên điện thoại", async ({ page }) => {
  const author = await createTestUser(["CONTRIBUTOR"]);
  const editor = await createTestUser(["CONTRIBUTOR", "SECRETARY", "EDITORIAL_BOARD"]);
  const item = await seedItem({ status: "SUBMITTED", title: `Tin xem trên điện thoại ${uniqueWord()}`, body: "Nội dung ngắn.", author, section: await publicSection() });
  await signIn(page, editor.email, editor.password);
  for (const path of ["/quan-tri/bai-viet", "/quan-tri/bien-tap", "/quan-tri/phe-duyet", "/quan-tri/quan-ly-bai", `/quan-tri/bai-viet/${item.id}`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    if (path.endsWith(`/${item.id}`)) await expect(bodyEditor(page)).toBeVisible();
    await expectNoHorizontalScroll(page);
  }
});
