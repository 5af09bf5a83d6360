// Royalties where they are made: the board grades an item in the same dialog
// that publishes it (a coefficient outside the table's range publishes
// nothing), the item page shows the amount, and the administrator creates
// next year's settings from this year's and edits the coefficient table.
import { expect, test } from "@playwright/test";
import { createTestUser, resetSignInLimits, waitForHydration } from "../accounts-support";
import { queryDb } from "../support";
import { MOVES, createCast, itemState, openItem, publicSection, seedItem, signedIn, uniqueWord, workflowPanel } from "../workflow/workflow-support";

test.use({ actionTimeout: 20_000 });

test.beforeEach(async () => {
  await resetSignInLimits();
});

const NBSP = "\u00a0";
const vnd = (digits: string) => `${digits}${NBSP}₫`;

test("Ban Biên tập chấm nhuận bút ngay khi duyệt đăng; trang bài hiện số tiền", async ({ browser }) => {
  test.setTimeout(3 * 60_000);
  const cast = await createCast();
  const title = `Hội nghị học tập chuyên đề nhuận bút ${uniqueWord()}`;
  const item = await seedItem({ status: "FORWARDED", title, body: "Nội dung hội nghị học tập chuyên đề.", author: cast.contributor, section: await publicSection(), forwardedBy: cast.secretary });

  const board = await signedIn(browser, cast.board);
  await openItem(board.page, item.id);
  await workflowPanel(board.page).getByRole("button", { name: MOVES.publish.button, exact: true }).click();
  const dialog = board.page.getByRole("dialog", { name: MOVES.publish.button });
  await dialog.getByRole("radio", { name: "Chấm nhuận bút ngay" }).check();
  // A news item: the genre is preset to "Tin", the first grade offered with its default coefficient.
  await expect(dialog.getByRole("combobox", { name: "Thể loại", exact: true })).toHaveValue("NEWS");
  await dialog.getByRole("combobox", { name: "Loại", exact: true }).selectOption("A");
  await expect(dialog.getByRole("textbox", { name: "Hệ số", exact: true })).toHaveValue("1,5");
  await expect(dialog.getByText("Khung cho phép: 1,2 – 2")).toBeVisible();

  // Outside the range: refused, and nothing is published.
  await dialog.getByRole("textbox", { name: "Hệ số", exact: true }).fill("5");
  await dialog.getByRole("button", { name: MOVES.publish.button, exact: true }).click();
  await expect(dialog.getByRole("alert")).toContainText("Hệ số 5 nằm ngoài khung cho phép (từ 1,2 đến 2)");
  expect((await itemState(item.id)).status).toBe("FORWARDED");

  // 1,75 × 234.000 ₫ = 409.500 ₫, shown before sending.
  await dialog.getByRole("textbox", { name: "Hệ số", exact: true }).fill("1,75");
  await expect(dialog.locator("[data-grade-amount]")).toHaveText(vnd("409.500"));
  await dialog.getByRole("button", { name: MOVES.publish.button, exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await itemState(item.id)).status).toBe("PUBLISHED");
  const [grade] = await queryDb<{ total_vnd: number; coefficient: number; grade: string; graded_by_id: number; period: string }>(
    "SELECT total_vnd, coefficient, grade, graded_by_id, period FROM royalty_grades WHERE item_id = $1",
    [item.id],
  );
  expect(grade).toMatchObject({ total_vnd: 409_500, coefficient: 175, grade: "A", graded_by_id: cast.board.id });
  const shares = await queryDb<{ user_id: number; amount_vnd: number }>("SELECT user_id, amount_vnd FROM royalties WHERE item_id = $1", [item.id]);
  expect(shares).toEqual([{ user_id: cast.contributor.id, amount_vnd: 409_500 }]);

  // The item page's royalty panel shows the amount, the share and offers a correction.
  await board.page.goto(`/quan-tri/bai-viet/${item.id}`);
  await waitForHydration(board.page);
  const panel = workflowPanel(board.page).locator("[data-royalty-panel]");
  await expect(panel.locator("[data-royalty-total]")).toHaveText(vnd("409.500"));
  await expect(panel).toContainText(`${cast.contributor.name}: 100 % = ${vnd("409.500")}`);
  await expect(panel.getByRole("button", { name: "Sửa", exact: true })).toBeVisible();
  await board.context.close();
});

test("Quản trị tạo định mức năm sau từ năm nay và sửa bảng hệ số", async ({ browser }) => {
  test.setTimeout(2 * 60_000);
  const admin = await createTestUser(["ADMINISTRATOR"]);
  const { context, page } = await signedIn(browser, admin);
  const [{ year }] = await queryDb<{ year: number }>("SELECT max(year)::int AS year FROM royalty_schedules");
  const next = year + 1;

  await page.goto("/quan-tri/nhuan-but/cai-dat");
  await expect(page.getByRole("heading", { name: "Định mức nhuận bút", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: `Tạo năm ${next} (sao chép từ năm ${year})` }).click();
  await expect(page).toHaveURL(new RegExp(`/quan-tri/nhuan-but/cai-dat/${next}\\?da-tao=${year}$`));
  await expect(page.getByText("Sửa định mức không làm thay đổi số tiền của những bài đã chấm")).toBeVisible();
  await expect(page.getByLabel("Giá trị một đơn vị hệ số")).toHaveValue("234.000");

  // A default above its maximum is refused, naming the cell.
  const max = page.getByLabel("Hệ số tối đa, Tin A", { exact: true });
  await max.fill("1,4");
  await page.getByRole("button", { name: `Lưu định mức năm ${next}` }).click();
  await expect(page.getByText("Tin, loại A: cần tối thiểu ≤ mặc định ≤ tối đa (đang là 1,2 / 1,5 / 1,4).")).toBeVisible();

  await max.fill("2,2");
  await page.getByLabel(`Dự toán kinh phí năm ${next}`).fill("180.000.000");
  await page.getByRole("button", { name: "Bỏ Video clip C" }).click();
  await page.getByRole("button", { name: `Lưu định mức năm ${next}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Đã lưu định mức nhuận bút năm ${next}` })).toBeVisible();

  const rates = await queryDb<{ genre: string; grade: string; max_coefficient: number }>(
    "SELECT r.genre::text AS genre, r.grade, r.max_coefficient FROM royalty_rates r JOIN royalty_schedules s ON s.id = r.schedule_id WHERE s.year = $1",
    [next],
  );
  expect(rates.find((rate) => rate.genre === "NEWS" && rate.grade === "A")?.max_coefficient).toBe(220);
  expect(rates.some((rate) => rate.genre === "VIDEO" && rate.grade === "C")).toBe(false);
  const [schedule] = await queryDb<{ budget_vnd: string }>("SELECT budget_vnd::text AS budget_vnd FROM royalty_schedules WHERE year = $1", [next]);
  expect(schedule!.budget_vnd).toBe("180000000");
  const [audit] = await queryDb<{ action: string }>("SELECT action FROM audit_logs WHERE action = 'royalty-settings.save' AND actor_id = $1", [admin.id]);
  expect(audit?.action).toBe("royalty-settings.save");
  await context.close();
});
