// The board's publishing moves as readers feel them: a scheduled item stays
// private until its time and then appears by itself (the launcher's
// scheduler, SCHEDULER_INTERVAL_SECONDS in playwright.config.ts); an
// unpublished item disappears from every public place at once but stays in
// the back office. The items start FORWARDED in the database (the journey
// spec walks the earlier steps through the pages); every move is made in the UI.
import { expect, test } from "@playwright/test";
import { resetSignInLimits } from "../accounts-support";
import { queryDb } from "../support";
import {
  EVERYWHERE,
  MOVES,
  NAV,
  NOTE_REQUIRED,
  NOWHERE,
  STATUS_LABELS,
  backOfficeLink,
  createCast,
  itemState,
  makeMove,
  openItem,
  publicSection,
  publicVisibility,
  seedItem,
  signedIn,
  uniqueWord,
  vietnamClock,
  vietnamMinuteAfter,
  waitForEditor,
  workflowPanel,
} from "./workflow-support";

// A step that cannot happen fails in seconds, not at the end of the long test timeout.
test.use({ actionTimeout: 20_000 });

test.beforeEach(async () => {
  await resetSignInLimits();
});

test("bài hẹn giờ chưa công khai trước giờ hẹn và tự lên trang đúng giờ", async ({ browser }) => {
  test.setTimeout(5 * 60_000);
  const cast = await createCast();
  const section = await publicSection();
  const word = uniqueWord();
  const title = `Thông báo lịch tiếp công dân hẹn giờ ${word}`;
  const item = await seedItem({ status: "FORWARDED", title, body: `Lịch tiếp công dân tháng này ${word}.`, author: cast.contributor, section, forwardedBy: cast.secretary });

  const board = await signedIn(browser, cast.board);
  await backOfficeLink(board.page, NAV.approval).click();
  await board.page.getByRole("link", { name: title, exact: true }).click();
  await waitForEditor(board.page);
  const when = vietnamMinuteAfter(40);
  await makeMove(board.page, "schedule", { scheduledAt: when.input });
  await expect(board.page).toHaveURL(/\/quan-tri\/phe-duyet\?xong=schedule$/);
  await expect(board.page.getByText(MOVES.schedule.done)).toBeVisible();
  const scheduledRow = board.page.getByRole("table", { name: "Tin, bài đã hẹn giờ đăng" }).getByRole("row").filter({ hasText: title });
  await expect(scheduledRow).toContainText(vietnamClock(when.at));
  const scheduled = await itemState(item.id);
  expect(scheduled.status).toBe("SCHEDULED");
  expect(scheduled.scheduled_at?.getTime()).toBe(when.at.getTime());

  // Before the time: nowhere public.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  const where = { slug: item.slug, sectionSlug: section.slug, searchWord: word };
  expect(await publicVisibility(reader.request, where)).toEqual(NOWHERE);
  expect(Date.now(), "checked before the scheduled time").toBeLessThan(when.at.getTime());

  // After it: on its page, the section page and the home page, with nobody pressing anything.
  await expect
    .poll(async () => (await reader.request.get(`/bai-viet/${item.slug}`)).status(), {
      timeout: when.at.getTime() - Date.now() + 60_000,
      intervals: [2_000],
    })
    .toBe(200);
  await expect.poll(async () => publicVisibility(reader.request, where), { timeout: 30_000 }).toEqual(EVERYWHERE);
  const published = await itemState(item.id);
  expect(published.status).toBe("PUBLISHED");
  expect(published.published_at!.getTime()).toBeGreaterThanOrEqual(when.at.getTime());
  const [event] = await queryDb<{ note: string | null }>(
    "SELECT note FROM workflow_events WHERE item_id = $1 AND to_status = 'PUBLISHED' ORDER BY id DESC LIMIT 1",
    [item.id],
  );
  expect(event.note).toBe("Tự động đăng theo lịch hẹn");
  await reader.goto(`/bai-viet/${item.slug}`);
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await board.context.close();
  await readerContext.close();
});

test("bài bị gỡ biến mất khỏi mọi nơi công khai nhưng vẫn còn trong trang quản trị", async ({ browser }) => {
  test.setTimeout(3 * 60_000);
  const cast = await createCast();
  const section = await publicSection();
  const word = uniqueWord();
  const title = `Tin thử nghiệm sẽ bị gỡ ${word}`;
  const reason = "Thông tin trong bài chưa được kiểm chứng.";
  const item = await seedItem({ status: "FORWARDED", title, body: `Nội dung tin cần gỡ ${word}.`, author: cast.contributor, section, forwardedBy: cast.secretary });

  const board = await signedIn(browser, cast.board);
  await openItem(board.page, item.id);
  await makeMove(board.page, "publish");
  await expect(board.page).toHaveURL(/\/quan-tri\/phe-duyet\?xong=publish$/);
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  const where = { slug: item.slug, sectionSlug: section.slug, searchWord: word };
  expect(await publicVisibility(reader.request, where), "public before it is taken down").toEqual(EVERYWHERE);

  // Taking it down needs a reason.
  await openItem(board.page, item.id);
  const dialog = await makeMove(board.page, "unpublish");
  await expect(dialog.getByText(NOTE_REQUIRED)).toBeVisible();
  expect((await itemState(item.id)).status).toBe("PUBLISHED");
  await dialog.getByLabel(MOVES.unpublish.note).fill(reason);
  await dialog.getByRole("button", { name: MOVES.unpublish.button, exact: true }).click();
  await expect(workflowPanel(board.page).getByRole("status").filter({ hasText: MOVES.unpublish.done })).toBeVisible();
  await expect(workflowPanel(board.page)).toContainText(STATUS_LABELS.UNPUBLISHED);
  await expect(workflowPanel(board.page)).toContainText(reason);
  expect((await itemState(item.id)).status).toBe("UNPUBLISHED");

  // Gone from every public place at once.
  expect(await publicVisibility(reader.request, where)).toEqual(NOWHERE);
  const gone = await reader.goto(`/bai-viet/${item.slug}`);
  expect(gone?.status()).toBe(404);
  await expect(reader.getByText(title)).toHaveCount(0);

  // Still in the back office, marked as taken down.
  await backOfficeLink(board.page, NAV.allItems).click();
  await expect(board.page).toHaveURL(/\/quan-tri\/quan-ly-bai$/);
  await board.page.goto("/quan-tri/quan-ly-bai?status=UNPUBLISHED");
  const row = board.page.getByRole("row").filter({ has: board.page.getByRole("link", { name: title, exact: true }) });
  await expect(row).toContainText(STATUS_LABELS.UNPUBLISHED);
  await expect(row.getByRole("button", { name: "Đăng lại", exact: true })).toBeVisible();

  await board.context.close();
  await readerContext.close();
});
