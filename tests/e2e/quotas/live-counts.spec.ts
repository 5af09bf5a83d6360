// The quota figures are served from a cache (lib/server/cached-by-day.ts); this is
// the proof that they are never stale: an item the board publishes counts on
// the standing committee's dashboard at the next view, and stops counting
// when it is taken down.
import { expect, test, type Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, resetSignInLimits, signIn } from "../accounts-support";
import { queryDb } from "../support";
import { itemState, makeMove, MOVES, openItem, workflowPanel } from "../workflow/workflow-support";

const YEAR = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" }).format(new Date()));

/** The "Đã có" cell of the person's row, searched by name: "3 tin, 2 bài" → 5. */
async function doneTotal(page: Page, userId: number, name: string): Promise<number> {
  await page.goto(`/quan-tri/chi-tieu?nam=${YEAR}&q=${encodeURIComponent(name)}`);
  const row = page.getByRole("table", { name: `Chỉ tiêu năm ${YEAR} theo từng người` }).locator("tbody tr").filter({
    has: page.locator(`a[href^="/quan-tri/chi-tieu/ca-nhan/${userId}"]`),
  });
  await expect(row).toHaveCount(1);
  const text = await row.locator("td").nth(4).innerText();
  const count = (pattern: RegExp) => Number(text.match(pattern)?.[1] ?? 0);
  return count(/(\d+) tin/) + count(/(\d+) bài/);
}

test.beforeEach(async () => {
  await resetSignInLimits();
});

test("tin, bài Ban Biên tập vừa đăng được tính ngay trên trang chỉ tiêu, gỡ xuống thì thôi tính", async ({ browser }) => {
  // A demo item waiting for the board, by someone with a personal target this year.
  const [item] = await queryDb<{ id: number; user_id: number; name: string }>(
    `SELECT i.id, u.id AS user_id, u.name
       FROM items i JOIN item_authors a ON a.item_id = i.id AND a.sort_order = 0 JOIN users u ON u.id = a.user_id
      WHERE i.status = 'FORWARDED' AND u.is_active AND u.position IN ('HEAD', 'DEPUTY', 'STAFF')
      ORDER BY i.id LIMIT 1`,
  );
  expect(item, "a forwarded demo item by someone with a target").toBeDefined();

  const committee = await browser.newContext();
  const reader = await committee.newPage();
  await signIn(reader, DEMO.standingCommittee);
  const before = await doneTotal(reader, item.user_id, item.name);

  const boardContext = await browser.newContext();
  const board = await boardContext.newPage();
  await signIn(board, DEMO.editorialBoard, DEMO_PASSWORD);
  await openItem(board, item.id);
  await makeMove(board, "publish");
  await expect(board).toHaveURL(/\/quan-tri\/phe-duyet\?xong=publish$/);
  expect((await itemState(item.id)).status).toBe("PUBLISHED");

  expect(await doneTotal(reader, item.user_id, item.name)).toBe(before + 1);
  await reader.goto(`/quan-tri/chi-tieu/ca-nhan/${item.user_id}?nam=${YEAR}`);
  await expect(reader.locator(`a[href="/bai-viet/${(await itemState(item.id)).slug}"]`)).toBeVisible();

  await openItem(board, item.id);
  await makeMove(board, "unpublish", { note: "Kiểm tra lại số liệu trong bài." });
  await expect(workflowPanel(board).getByRole("status").filter({ hasText: MOVES.unpublish.done })).toBeVisible();
  expect((await itemState(item.id)).status).toBe("UNPUBLISHED");
  expect(await doneTotal(reader, item.user_id, item.name)).toBe(before);

  await Promise.all([committee.close(), boardContext.close()]);
});
