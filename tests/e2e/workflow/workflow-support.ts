// Shared by the editorial workflow specs: the people of one spec (created in
// the database, never the demo accounts), the back office's exact Vietnamese
// strings, items seeded straight into a workflow status, and what an
// anonymous reader can see of an item.
import { randomInt } from "node:crypto";
import { expect, type APIRequestContext, type Browser, type BrowserContext, type Locator, type Page, type Request } from "@playwright/test";
import { createTestUser, signIn, waitForHydration, type TestUser } from "../accounts-support";
import type { CapturedAction } from "../accounts/server-actions";
import { itemLinks, queryDb } from "../support";

/** The UI contract: buttons, dialogs and notices of the workflow (lib/workflow/move-labels.ts). */
export const MOVES = {
  submit: { button: "Gửi thư ký", note: "Lời nhắn cho thư ký (không bắt buộc)", done: "Đã gửi bài cho thư ký." },
  return: { button: "Trả lại tác giả", note: "Cần sửa những gì (bắt buộc)", done: "Đã trả bài lại cho tác giả." },
  forward: { button: "Chuyển Ban Biên tập", note: "Lời nhắn cho Ban Biên tập (không bắt buộc)", done: "Đã chuyển bài lên Ban Biên tập." },
  publish: { button: "Duyệt và đăng ngay", note: "Ghi chú (không bắt buộc)", done: "Đã duyệt và đăng bài." },
  schedule: { button: "Hẹn giờ đăng", note: "Ghi chú (không bắt buộc)", done: "Đã duyệt và hẹn giờ đăng bài." },
  unpublish: { button: "Gỡ bài", note: "Lý do gỡ bài (bắt buộc)", done: "Đã gỡ bài khỏi trang." },
} as const;

export type MoveName = keyof typeof MOVES;

export const NOTE_REQUIRED = "Nhập lý do/ghi chú cho thao tác này.";
/** The schedule is typed as a Vietnam date (dd/mm/yyyy) and time (hh:mm), whatever the browser's language. */
export const SCHEDULE_FIELDS = { day: "Ngày đăng", time: "Giờ đăng" } as const;

export const STATUS_LABELS = {
  DRAFT: "Bản nháp",
  SUBMITTED: "Đã gửi, chờ thư ký",
  RETURNED: "Trả lại để sửa",
  FORWARDED: "Chờ Ban Biên tập duyệt",
  SCHEDULED: "Đã hẹn giờ đăng",
  PUBLISHED: "Đã đăng",
  UNPUBLISHED: "Đã gỡ",
} as const;

/** Back-office navigation labels of the workflow (components/admin/admin-links.ts). */
export const NAV = {
  myItems: "Bài của tôi",
  review: "Biên tập",
  approval: "Phê duyệt",
  allItems: "Quản lý bài",
} as const;

export const SAVED_AT = /^Đã lưu lúc \d{2}:\d{2}$/;
export const UNSAVED = "Có thay đổi chưa lưu";

export type Cast = { contributor: TestUser; secretary: TestUser; board: TestUser };

/** A contributor, a secretary and a board member of their own. */
export async function createCast(): Promise<Cast> {
  const [contributor, secretary, board] = await Promise.all([
    createTestUser(["CONTRIBUTOR"]),
    createTestUser(["SECRETARY"]),
    createTestUser(["EDITORIAL_BOARD"]),
  ]);
  return { contributor, secretary, board };
}

/** A made-up word of plain letters: makes a title unique and findable by search. */
export function uniqueWord(length = 9): string {
  const letters = "bcdfghklmnpqrstvx";
  return Array.from({ length }, () => letters[randomInt(letters.length)]).join("");
}

export type SectionRow = { id: number; name: string; slug: string };

/** The first section readers see in the navigation. */
export async function publicSection(): Promise<SectionRow> {
  const [row] = await queryDb<SectionRow>("SELECT id, name, slug FROM sections WHERE is_visible ORDER BY sort_order, id LIMIT 1");
  if (!row) throw new Error("No visible section");
  return row;
}

/** A browser context of its own, signed in as `user` (cookies are not shared between people). */
export async function signedIn(browser: Browser, user: TestUser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user.email, user.password);
  return { context, page };
}

export const backOfficeLink = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "Quản trị" }).getByRole("link", { name, exact: true });

export const saveStatus = (page: Page) => page.getByTestId("save-status");
export const bodyEditor = (page: Page) => page.locator(".ProseMirror[contenteditable='true']");
export const workflowPanel = (page: Page) => page.getByRole("complementary", { name: "Quy trình biên tập" });
export const titleField = (page: Page) => page.getByRole("textbox", { name: "Tiêu đề", exact: true });
export const leadField = (page: Page) => page.getByRole("textbox", { name: "Sa-pô", exact: true });

/** Opens the item's editor page and waits until it can be typed in and its forms answer. */
export async function openItem(page: Page, itemId: number): Promise<void> {
  await page.goto(`/quan-tri/bai-viet/${itemId}`);
  await waitForEditor(page);
}

export async function waitForEditor(page: Page): Promise<void> {
  await expect(bodyEditor(page)).toBeVisible();
  await waitForHydration(page);
}

/** A change was made: wait for the autosave to finish ("Đã lưu lúc hh:mm"), never a fixed sleep. */
export async function expectAutosaved(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveText(SAVED_AT, { timeout: 45_000 });
}

/**
 * Opens a move's dialog from the workflow panel (or `scope`), fills its note
 * (and schedule time) and confirms. The caller checks what follows.
 */
export async function makeMove(
  page: Page,
  move: MoveName,
  options: { note?: string; scheduledAt?: { day: string; time: string }; scope?: Locator } = {},
): Promise<Locator> {
  const labels = MOVES[move];
  const scope = options.scope ?? workflowPanel(page);
  await scope.getByRole("button", { name: labels.button, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: labels.button });
  await expect(dialog).toBeVisible();
  if (options.scheduledAt !== undefined) {
    await dialog.getByLabel(SCHEDULE_FIELDS.day).fill(options.scheduledAt.day);
    await dialog.getByLabel(SCHEDULE_FIELDS.time).fill(options.scheduledAt.time);
  }
  if (options.note !== undefined) await dialog.getByLabel(labels.note).fill(options.note);
  await dialog.getByRole("button", { name: labels.button, exact: true }).click();
  return dialog;
}

export type ItemState = { status: string; slug: string; title: string; lead: string; body_html: string; version: number; scheduled_at: Date | null; published_at: Date | null };

export async function itemState(itemId: number): Promise<ItemState> {
  const [row] = await queryDb<ItemState>(
    "SELECT status::text AS status, slug, title, lead, body_html, version, scheduled_at, published_at FROM items WHERE id = $1",
    [itemId],
  );
  if (!row) throw new Error(`No item ${itemId}`);
  return row;
}

export const itemStatus = async (itemId: number) => (await itemState(itemId)).status;

/**
 * An item put straight into a workflow status (to skip steps another spec
 * walks through the pages): one paragraph in a section, by `author`, with its
 * first revision and the event that brought it there.
 */
export async function seedItem(input: {
  status: "SUBMITTED" | "FORWARDED";
  title: string;
  body: string;
  author: TestUser;
  section: SectionRow;
  /** Who sent it on to the board (FORWARDED). */
  forwardedBy?: TestUser;
}): Promise<{ id: number; slug: string }> {
  const slug = `${input.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}-${uniqueWord(4)}`;
  const bodyJson = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: input.body }] }] };
  const bodyHtml = `<p>${input.body}</p>`;
  const [item] = await queryDb<{ id: number }>(
    `INSERT INTO items (kind, status, status_changed_at, title, slug, lead, body_json, body_html, body_text, unit_id, created_by_id, updated_at)
     VALUES ('NEWS', $1::"ItemStatus", now(), $2, $3, '', $4::jsonb, $5, $6, (SELECT unit_id FROM users WHERE id = $7), $7, now())
     RETURNING id`,
    [input.status, input.title, slug, JSON.stringify(bodyJson), bodyHtml, input.body, input.author.id],
  );
  await queryDb("INSERT INTO item_authors (item_id, user_id, sort_order) VALUES ($1, $2, 0)", [item.id, input.author.id]);
  await queryDb("INSERT INTO item_sections (item_id, section_id, is_primary) VALUES ($1, $2, true)", [item.id, input.section.id]);
  await queryDb(
    `INSERT INTO revisions (item_id, version, title, lead, body_json, body_html, saved_by_id, updated_at)
     VALUES ($1, 1, $2, '', $3::jsonb, $4, $5, now())`,
    [item.id, input.title, JSON.stringify(bodyJson), bodyHtml, input.author.id],
  );
  await queryDb(
    `INSERT INTO workflow_events (item_id, actor_id, from_status, to_status) VALUES ($1, $2, 'DRAFT', 'SUBMITTED')`,
    [item.id, input.author.id],
  );
  if (input.status === "FORWARDED") {
    if (!input.forwardedBy) throw new Error("A forwarded item needs the secretary who forwarded it");
    await queryDb(
      `INSERT INTO workflow_events (item_id, actor_id, from_status, to_status) VALUES ($1, $2, 'SUBMITTED', 'FORWARDED')`,
      [item.id, input.forwardedBy.id],
    );
  }
  return { id: item.id, slug };
}

export type Visibility = {
  itemPage: number;
  sectionPage: boolean;
  home: boolean;
  siteFeed: boolean;
  sectionFeed: boolean;
  search: boolean;
  sitemap: boolean;
};

/** Where an anonymous reader finds the item right now (no cookies: `request` of a fresh context). */
export async function publicVisibility(
  request: APIRequestContext,
  item: { slug: string; sectionSlug: string; searchWord: string },
): Promise<Visibility> {
  const href = `/bai-viet/${item.slug}`;
  const linked = async (path: string) => {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    return (await response.text()).includes(`href="${href}"`);
  };
  const listed = async (path: string) => {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    return (await response.text()).includes(href);
  };
  return {
    itemPage: (await request.get(href)).status(),
    sectionPage: await linked(`/chuyen-muc/${item.sectionSlug}`),
    home: await linked("/"),
    siteFeed: await listed("/rss.xml"),
    sectionFeed: await listed(`/chuyen-muc/${item.sectionSlug}/rss.xml`),
    search: await linked(`/tim-kiem?q=${encodeURIComponent(item.searchWord)}`),
    sitemap: await listed("/sitemap.xml"),
  };
}

export const EVERYWHERE: Visibility = { itemPage: 200, sectionPage: true, home: true, siteFeed: true, sectionFeed: true, search: true, sitemap: true };
export const NOWHERE: Visibility = { itemPage: 404, sectionPage: false, home: false, siteFeed: false, sectionFeed: false, search: false, sitemap: false };

/** The search page lists the item (through the rendered links, as a reader clicks them). */
export async function searchFinds(page: Page, word: string, slug: string): Promise<boolean> {
  await page.goto(`/tim-kiem?q=${encodeURIComponent(word)}`);
  const hrefs = await itemLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  return hrefs.includes(`/bai-viet/${slug}`);
}

/**
 * The first whole minute at least `seconds` from now (the schedule field has
 * minute precision), as the field takes it ("2026-11-24T08:31", Vietnam time,
 * UTC+7 all year) and as a moment.
 */
export function vietnamMinuteAfter(seconds: number, now = new Date()): { input: { day: string; time: string }; at: Date } {
  const at = new Date(Math.ceil((now.getTime() + seconds * 1000) / 60_000) * 60_000);
  const [yyyy, mm, dd, time] = new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 16).split(/[-T]/);
  return { input: { day: `${dd}/${mm}/${yyyy}`, time: time! }, at };
}

/** "14:05": a moment as the editor's save status shows it (Vietnam time). */
export const vietnamClock = (date: Date) =>
  new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);

/**
 * Runs `act` and returns the server action request it made whose body
 * contains `marker` (the editor also sends presence beats and saves, so "the
 * last request" is not enough).
 */
export async function captureActionCall(page: Page, marker: string, act: () => Promise<unknown>): Promise<CapturedAction> {
  const matches: Request[] = [];
  const listener = (request: Request) => {
    if (request.method() === "POST" && request.headers()["next-action"] && (request.postData() ?? "").includes(marker)) matches.push(request);
  };
  page.on("request", listener);
  try {
    await act();
    await expect.poll(() => matches.length, { message: `a server action call with ${marker}` }).toBeGreaterThan(0);
    const request = matches[matches.length - 1];
    await request.response();
    return { url: request.url(), headers: await request.allHeaders(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
  } finally {
    page.off("request", listener);
  }
}
