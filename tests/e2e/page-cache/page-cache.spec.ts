// Anonymous readers' pages come from the server's page cache
// (lib/runtime/page-cache): each response with a nonce nobody else got, a
// change in the back office visible on the very next request of every page
// it touches, signed-in people never served from it, and a script that
// reached stored content never run.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { resetSignInLimits } from "../accounts-support";
import { queryDb } from "../support";
import {
  EVERYWHERE,
  MOVES,
  NOWHERE,
  createCast,
  makeMove,
  openItem,
  publicSection,
  publicVisibility,
  seedItem,
  signedIn,
  titleField,
  uniqueWord,
  waitForEditor,
  workflowPanel,
} from "../workflow/workflow-support";

test.use({ actionTimeout: 20_000 });

test.beforeEach(async () => {
  await resetSignInLimits();
});

const nonceOfCsp = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

/** Every page of `where` fetched twice: the second time each must come from the cache. */
async function warm(request: APIRequestContext, paths: string[]): Promise<void> {
  for (const path of paths) {
    await request.get(path);
    const again = await request.get(path);
    expect(again.headers()["x-page-cache"], `${path} is served from the cache`).toBe("hit");
  }
}

const pagesOf = (item: { slug: string; sectionSlug: string; searchWord: string }) => [
  `/bai-viet/${item.slug}`,
  `/chuyen-muc/${item.sectionSlug}`,
  "/",
  "/rss.xml",
  `/chuyen-muc/${item.sectionSlug}/rss.xml`,
  `/tim-kiem?q=${encodeURIComponent(item.searchWord)}`,
  "/sitemap.xml",
];

test("mỗi lượt đọc trang từ bộ nhớ đệm nhận một nonce mới, khớp giữa CSP và các thẻ script", async ({ playwright }) => {
  const reader = await playwright.request.newContext();
  const home = await (await reader.get("/")).text();
  const article = /href="(\/bai-viet\/[^"/]+)"/.exec(home)![1]!;
  await reader.get(article);
  const seen = new Set<string>();
  for (let i = 0; i < 40; i += 1) {
    const response = await reader.get(article);
    expect(response.headers()["x-page-cache"]).toBe("hit");
    const csp = response.headers()["content-security-policy"];
    const scriptSrc = csp?.split(";").find((directive) => directive.trim().startsWith("script-src"));
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    const nonce = nonceOfCsp(csp);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(seen.has(nonce!), "a nonce is never sent twice").toBe(false);
    seen.add(nonce!);
    const html = await response.text();
    const scriptNonces = [...html.matchAll(/<script[^>]* nonce="([^"]+)"/g)].map((m) => m[1]);
    expect(scriptNonces.length, "the article's copy-link script").toBeGreaterThan(0);
    expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
    // Readers get the page without Next's client runtime (reader-html.ts).
    expect(html).not.toMatch(/<script[^>]+src="\/_next\/static\//);
  }
  await reader.dispose();
});

test("người đã đăng nhập không bao giờ nhận trang từ bộ nhớ đệm và không trang nào của họ được lưu lại", async ({ browser }) => {
  const cast = await createCast();
  const board = await signedIn(browser, cast.board);
  for (const path of ["/", "/van-ban"]) {
    await board.page.request.get(path);
    const response = await board.page.request.get(path);
    expect(response.headers()["x-page-cache"], path).toBeUndefined();
    expect(response.headers()["cache-control"], path).toMatch(/no-store/);
  }
  const backOffice = await board.page.request.get("/quan-tri");
  expect(backOffice.headers()["x-page-cache"]).toBeUndefined();
  expect(backOffice.headers()["cache-control"]).toMatch(/private.*no-store|no-store.*private/);
  await board.context.close();
});

test("đăng, đính chính và gỡ bài hiện ngay ở mọi trang công khai dù các trang đó đang nằm trong bộ nhớ đệm", async ({ browser, playwright }) => {
  test.setTimeout(4 * 60_000);
  const cast = await createCast();
  const section = await publicSection();
  const word = uniqueWord();
  const title = `Tin thử bộ nhớ đệm ${word}`;
  const item = await seedItem({ status: "FORWARDED", title, body: `Nội dung tin ${word}.`, author: cast.contributor, section, forwardedBy: cast.secretary });
  const where = { slug: item.slug, sectionSlug: section.slug, searchWord: word };
  const reader = await playwright.request.newContext();

  await warm(reader, pagesOf(where));
  expect(await publicVisibility(reader, where)).toEqual({ ...NOWHERE });

  const board = await signedIn(browser, cast.board);
  await openItem(board.page, item.id);
  await makeMove(board.page, "publish");
  await expect(board.page).toHaveURL(/\/quan-tri\/phe-duyet\?xong=publish$/);
  // The very next anonymous request of each page, no waiting.
  expect(await publicVisibility(reader, where), "published: everywhere at once").toEqual(EVERYWHERE);

  // A correction changes the title on the pages that show it.
  await warm(reader, [`/bai-viet/${item.slug}`, `/chuyen-muc/${section.slug}`]);
  await openItem(board.page, item.id);
  await waitForEditor(board.page);
  const corrected = `${title} (đã đính chính)`;
  await titleField(board.page).fill(corrected);
  const correctionNote = board.page.getByRole("textbox", { name: "Nội dung đính chính" });
  await correctionNote.fill("Sửa tiêu đề cho đúng.");
  await board.page.getByRole("button", { name: "Lưu đính chính" }).click();
  await expect.poll(async () => (await queryDb<{ title: string }>("SELECT title FROM items WHERE id = $1", [item.id]))[0]?.title).toBe(corrected);
  await expect(correctionNote).toHaveValue("");
  for (const path of [`/bai-viet/${item.slug}`, `/chuyen-muc/${section.slug}`]) {
    expect(await (await reader.get(path)).text(), path).toContain(corrected);
  }

  await warm(reader, pagesOf(where));
  await openItem(board.page, item.id);
  const dialog = await makeMove(board.page, "unpublish", { note: "Gỡ để kiểm tra bộ nhớ đệm." });
  await expect(dialog).toBeHidden();
  await expect(workflowPanel(board.page).getByRole("status").filter({ hasText: MOVES.unpublish.done })).toBeVisible();
  expect(await publicVisibility(reader, where), "taken down: nowhere at once").toEqual(NOWHERE);

  await board.context.close();
  await reader.dispose();
});

test("thẻ script lọt vào nội dung đã lưu không bao giờ chạy, kể cả khi trang phục vụ từ bộ nhớ đệm", async ({ browser }) => {
  const cast = await createCast();
  const section = await publicSection();
  const word = uniqueWord();
  const item = await seedItem({ status: "FORWARDED", title: `Tin có mã độc ${word}`, body: `Nội dung ${word}.`, author: cast.contributor, section, forwardedBy: cast.secretary });
  // Published straight in SQL, with scripts in the stored HTML that no editor could have saved.
  await queryDb(
    `UPDATE items SET status = 'PUBLISHED', published_at = now() - interval '1 minute', body_html = $2 WHERE id = $1`,
    [item.id, `<p>Đoạn đầu ${word}.</p><script>window.__stored = "script"</script><img src="/khong-co.png" onerror="window.__stored = 'onerror'"><p>Đoạn cuối.</p>`],
  );
  const context = await browser.newContext();
  const page = await context.newPage();
  for (let visit = 0; visit < 2; visit += 1) {
    const response = await page.goto(`/bai-viet/${item.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByText(`Đoạn đầu ${word}.`)).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __stored?: string }).__stored)).toBeUndefined();
  }
  expect((await page.request.get(`/bai-viet/${item.slug}`)).headers()["x-page-cache"]).toBe("hit");
  await context.close();
});

test("mỗi lượt đọc bài từ bộ nhớ đệm vẫn được tính một lượt xem", async ({ playwright }) => {
  const cast = await createCast();
  const section = await publicSection();
  const word = uniqueWord();
  const item = await seedItem({ status: "FORWARDED", title: `Tin đếm lượt xem ${word}`, body: `Nội dung ${word}.`, author: cast.contributor, section, forwardedBy: cast.secretary });
  await queryDb(`UPDATE items SET status = 'PUBLISHED', published_at = now() - interval '1 minute' WHERE id = $1`, [item.id]);
  const reader = await playwright.request.newContext();
  const caches: (string | undefined)[] = [];
  for (let i = 0; i < 6; i += 1) caches.push((await reader.get(`/bai-viet/${item.slug}`)).headers()["x-page-cache"]);
  expect(caches).toEqual(["miss", "hit", "hit", "hit", "hit", "hit"]);
  // Views are written in batches every few seconds.
  await expect
    .poll(async () => (await queryDb<{ view_count: number }>("SELECT view_count FROM items WHERE id = $1", [item.id]))[0]?.view_count, { timeout: 20_000 })
    .toBe(6);
  await reader.dispose();
});
