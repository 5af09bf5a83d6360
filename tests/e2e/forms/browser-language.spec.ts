// A browser set to English still gets Vietnamese controls: dates typed and
// shown as dd/mm/yyyy, "Chọn tệp" / "Chưa chọn tệp" for files, never the
// browser's own mm/dd/yyyy or "Choose File". And the audit log speaks
// Vietnamese, with the action code only as a tooltip.
import { randomInt } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { queryDb } from "../support";
import { DEMO, resetSignInLimits, signIn, waitForHydration } from "../accounts-support";

test.use({ locale: "en-US" });

test.beforeEach(async () => {
  await resetSignInLimits();
});

/** No control on the page is drawn by the browser in its own language. */
async function expectNoBrowserLanguageControls(page: Page) {
  await expect(page.locator('input[type="date"], input[type="datetime-local"]')).toHaveCount(0);
  for (const file of await page.locator('input[type="file"]').all()) {
    // The native input is visually hidden (its "Choose File" never shows); a Vietnamese label opens it.
    expect(await file.evaluate((input) => input.getBoundingClientRect().width <= 1)).toBe(true);
  }
}

test("văn bản: ngày gõ dd/mm/yyyy được lưu đúng, nút chọn tệp bằng tiếng Việt (trình duyệt tiếng Anh)", async ({ page }) => {
  const numberSymbol = `${randomInt(100, 999)}-KH/ĐUK`;
  await signIn(page, DEMO.secretary);
  await page.goto("/quan-tri/van-ban/moi");
  await waitForHydration(page);
  expect(await page.evaluate(() => navigator.language)).toBe("en-US");
  await expectNoBrowserLanguageControls(page);

  const issuedAt = page.getByLabel("Ngày ban hành");
  await expect(issuedAt).toHaveAttribute("placeholder", "dd/mm/yyyy");
  await page.getByLabel("Số/ký hiệu").fill(numberSymbol);
  await page.getByLabel("Loại văn bản").selectOption({ label: "Kế hoạch" });
  await page.getByLabel("Cơ quan ban hành").fill("Ban Thường vụ Đảng ủy khối");
  // 05/03 is 5 March here, never May 3.
  await issuedAt.fill("05/03/2025");
  await page.getByLabel("Ngày hiệu lực").fill("31/02/2025");
  await page.getByLabel("Trích yếu").fill("Kế hoạch thử nghiệm ô nhập ngày theo dạng ngày/tháng/năm");
  await page.getByRole("button", { name: "Thêm văn bản" }).click();
  await expect(page.getByText("Ngày này không có trên lịch.").or(page.getByText("Ngày không có trên lịch.")).first()).toBeVisible();

  await page.getByLabel("Ngày hiệu lực").fill("10/03/2025");
  await page.getByRole("button", { name: "Thêm văn bản" }).click();
  await expect(page).toHaveURL(/\/quan-tri\/van-ban\/\d+\?da-tao=1$/);
  const [row] = await queryDb<{ issued: string; effective: string }>(
    "SELECT issued_at::text AS issued, effective_at::text AS effective FROM directive_documents WHERE number_symbol = $1",
    [numberSymbol],
  );
  expect(row).toEqual({ issued: "2025-03-05", effective: "2025-03-10" });

  // The edit page shows the stored days the Vietnamese way, and the file picker in Vietnamese.
  await waitForHydration(page);
  await expect(page.getByLabel("Ngày ban hành")).toHaveValue("05/03/2025");
  await expect(page.getByLabel("Ngày hiệu lực")).toHaveValue("10/03/2025");
  await expectNoBrowserLanguageControls(page);
  const chooser = page.locator("label", { hasText: "Chọn tệp" });
  await expect(chooser).toBeVisible();
  await expect(page.getByText("Chưa chọn tệp")).toBeVisible();
  const [fileChooser] = await Promise.all([page.waitForEvent("filechooser"), chooser.click()]);
  expect(fileChooser.isMultiple()).toBe(true);
  await queryDb("DELETE FROM directive_documents WHERE number_symbol = $1", [numberSymbol]);
});

test("nhật ký: lọc theo ngày dd/mm/yyyy, hành động hiện bằng tiếng Việt, mã chỉ ở chú thích", async ({ page }) => {
  await signIn(page, DEMO.administrator);
  await page.goto("/quan-tri/nhat-ky?tu=2020-01-01");
  await waitForHydration(page);
  await expectNoBrowserLanguageControls(page);
  // An old ISO link still works and reads back as dd/mm/yyyy.
  await expect(page.getByLabel("Từ ngày")).toHaveValue("01/01/2020");
  await page.getByLabel("Đến ngày").fill("31/12/2099");
  await page.getByRole("button", { name: "Lọc", exact: true }).click();
  await expect(page).toHaveURL(/den=31%2F12%2F2099/);
  await expect(page.getByLabel("Đến ngày")).toHaveValue("31/12/2099");

  const signInCell = page.locator('main table [title="auth.sign-in"]').first();
  await expect(signInCell).toHaveText("Đăng nhập");
  await expect(page.locator("main table")).not.toContainText("auth.sign-in");
});
