// The whole path of one item through the real pages: a contributor writes it
// in the browser (text, an uploaded image with alt text and caption, a Word
// file with a heading, bold text and a picture), autosave keeps it across a
// reload, the secretary returns it with a required note, the contributor
// revises and resubmits, the secretary forwards, the board publishes; then an
// anonymous reader finds it everywhere. On the way, the contributor's replay of
// the publish move is refused by the server.
import { expect, test } from "@playwright/test";
import { docx, buildDocx } from "../../fixtures/build-docx";
import { jpegWithGps, pngBytes } from "../../fixtures/media-files";
import { resetSignInLimits, waitForHydration } from "../accounts-support";
import { replaceInBody, replayServerAction } from "../accounts/server-actions";
import { queryDb } from "../support";
import {
  EVERYWHERE,
  MOVES,
  NAV,
  NOTE_REQUIRED,
  SAVED_AT,
  STATUS_LABELS,
  UNSAVED,
  backOfficeLink,
  bodyEditor,
  captureActionCall,
  createCast,
  expectAutosaved,
  itemState,
  itemStatus,
  leadField,
  makeMove,
  publicSection,
  publicVisibility,
  saveStatus,
  signedIn,
  titleField,
  uniqueWord,
  vietnamClock,
  waitForEditor,
  workflowPanel,
} from "./workflow-support";

// A step that cannot happen fails in seconds, not at the end of the long test timeout.
test.use({ actionTimeout: 20_000 });

test.beforeEach(async () => {
  await resetSignInLimits();
});

test("từ bản thảo của cộng tác viên đến bài đăng trên trang, qua thư ký và Ban Biên tập", async ({ browser, baseURL }) => {
  test.setTimeout(8 * 60_000);
  const cast = await createCast();
  const section = await publicSection();
  const word = uniqueWord();
  const title = `Hội nghị thử nghiệm quy trình biên tập ${word}`;
  const lead = "Sáng nay, Đảng ủy khối tổ chức hội nghị sơ kết công tác tuyên truyền.";
  const firstParagraph = "Đồng chí Bí thư phát biểu khai mạc hội nghị.";
  const image = { alt: `Quang cảnh hội nghị ${word}`, caption: "Các đại biểu dự hội nghị" };
  const fromWord = { heading: "Kết quả nổi bật trong năm", bold: `chỉ tiêu vượt mức ${word}`, imageAlt: "Biểu đồ kết quả từ tệp Word" };
  const returnNote = "Đề nghị bổ sung số liệu cụ thể của từng chi bộ.";
  const revision = "Bổ sung: 12 chi bộ hoàn thành xuất sắc nhiệm vụ.";
  const wordFile = await buildDocx(
    docx.heading(fromWord.heading, 1) +
      docx.paragraph(docx.text("Năm nay toàn khối có "), docx.bold(fromWord.bold), docx.text(".")) +
      docx.paragraph(docx.image("rIdHinh1", fromWord.imageAlt)),
    [{ rId: "rIdHinh1", name: "image1.png", bytes: await pngBytes(160, 100), contentType: "image/png" }],
  );

  // ── The contributor writes ────────────────────────────────────────────
  const author = await signedIn(browser, cast.contributor);
  const page = author.page;
  await backOfficeLink(page, NAV.myItems).click();
  await expect(page).toHaveURL(/\/quan-tri\/bai-viet$/);
  await expect(page.getByRole("heading", { level: 1, name: "Bài của tôi" })).toBeVisible();
  await waitForHydration(page);
  await page.getByRole("button", { name: "Viết tin, bài mới" }).click();
  await expect(page).toHaveURL(/\/quan-tri\/bai-viet\/\d+$/);
  const itemId = Number(new URL(page.url()).pathname.split("/").pop());
  await waitForEditor(page);

  await titleField(page).fill(title);
  await leadField(page).fill(lead);
  await bodyEditor(page).click();
  await page.keyboard.type(firstParagraph);
  await page.keyboard.press("Enter");
  await page.getByRole("checkbox", { name: section.name, exact: true }).click();
  await expect(page.getByRole("checkbox", { name: `${section.name} (chuyên mục chính)`, exact: true })).toBeChecked();
  await expect(saveStatus(page)).toHaveText(new RegExp(`^(${UNSAVED}|Đang lưu…|Đã lưu lúc \\d{2}:\\d{2})$`));

  const toolbar = page.getByRole("toolbar", { name: "Định dạng nội dung" });
  await toolbar.getByRole("button", { name: "Chèn ảnh", exact: true }).click();
  const imageDialog = page.getByRole("dialog", { name: "Chèn ảnh" });
  await imageDialog.getByLabel("Tệp ảnh").setInputFiles({ name: "anh-hoi-nghi.jpg", mimeType: "image/jpeg", buffer: await jpegWithGps(1200, 800) });
  // Alt text is required: refused without it.
  await imageDialog.getByRole("button", { name: "Chèn ảnh", exact: true }).click();
  await expect(imageDialog.getByText("Nhập mô tả ảnh.")).toBeVisible();
  await imageDialog.getByLabel("Mô tả ảnh (cho người khiếm thị)").fill(image.alt);
  await imageDialog.getByLabel("Chú thích", { exact: true }).fill(image.caption);
  await imageDialog.getByRole("button", { name: "Chèn ảnh", exact: true }).click();
  await expect(imageDialog).toBeHidden({ timeout: 30_000 });
  await expect(bodyEditor(page).locator(`img[alt="${image.alt}"]`)).toBeVisible();
  await expect(bodyEditor(page)).toContainText(image.caption);

  await toolbar.getByRole("button", { name: "Nhập từ Word", exact: true }).click();
  const wordDialog = page.getByRole("dialog", { name: "Nhập nội dung từ tệp Word" });
  await wordDialog.getByLabel("Tệp Word (.docx)").setInputFiles({
    name: "bai-gui-tu-word.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: wordFile,
  });
  await wordDialog.getByRole("radio", { name: "Chèn vào vị trí con trỏ" }).check();
  await wordDialog.getByRole("button", { name: "Nhập nội dung", exact: true }).click();
  await expect(wordDialog.getByRole("status")).toHaveText("Đã nhập nội dung và 1 ảnh từ tệp Word.", { timeout: 30_000 });
  await wordDialog.getByRole("button", { name: "Đóng", exact: true }).click();
  await expect(wordDialog).toBeHidden();
  await expect(bodyEditor(page).getByRole("heading", { name: fromWord.heading })).toBeVisible();
  await expect(bodyEditor(page).locator("strong", { hasText: fromWord.bold })).toBeVisible();
  await expect(bodyEditor(page).locator(`img[alt="${fromWord.imageAlt}"]`)).toBeVisible();

  // Autosave: no button pressed, everything reaches the server.
  await expectAutosaved(page);
  await expect
    .poll(async () => {
      const saved = await itemState(itemId);
      return [saved.title, saved.lead, [image.alt, image.caption, fromWord.heading, fromWord.bold, fromWord.imageAlt, firstParagraph].every((text) => saved.body_html.includes(text))];
    }, { timeout: 30_000 })
    .toEqual([title, lead, true]);
  const [{ updated_at: savedAt }] = await queryDb<{ updated_at: Date }>("SELECT updated_at FROM items WHERE id = $1", [itemId]);
  await expect(saveStatus(page)).toHaveText(`Đã lưu lúc ${vietnamClock(savedAt)}`);

  // A reload loses nothing.
  await page.reload();
  await waitForEditor(page);
  await expect(titleField(page)).toHaveValue(title);
  await expect(leadField(page)).toHaveValue(lead);
  await expect(bodyEditor(page)).toContainText(firstParagraph);
  await expect(bodyEditor(page).locator(`img[alt="${image.alt}"]`)).toBeVisible();
  await expect(bodyEditor(page)).toContainText(image.caption);
  await expect(bodyEditor(page).getByRole("heading", { name: fromWord.heading })).toBeVisible();
  await expect(bodyEditor(page).locator("strong", { hasText: fromWord.bold })).toBeVisible();
  await expect(bodyEditor(page).locator(`img[alt="${fromWord.imageAlt}"]`)).toBeVisible();
  await expect(page.getByRole("checkbox", { name: `${section.name} (chuyên mục chính)`, exact: true })).toBeChecked();
  await expect(saveStatus(page)).toHaveText(SAVED_AT);
  await expect(page.getByRole("button", { name: "Khôi phục bản chưa lưu" })).toHaveCount(0);

  await makeMove(page, "submit");
  await expect(page).toHaveURL(/\/quan-tri\/bai-viet\?xong=submit$/);
  await expect(page.getByText(MOVES.submit.done)).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: title })).toContainText(STATUS_LABELS.SUBMITTED);
  expect(await itemStatus(itemId)).toBe("SUBMITTED");

  // ── The secretary returns it, with a note that cannot be left empty ────
  const desk = await signedIn(browser, cast.secretary);
  await backOfficeLink(desk.page, NAV.review).click();
  await expect(desk.page).toHaveURL(/\/quan-tri\/bien-tap$/);
  const titleLink = desk.page.getByRole("link", { name: title, exact: true });
  const queueRow = desk.page.getByRole("row").filter({ has: titleLink });
  await expect(queueRow).toContainText(cast.contributor.name);
  await expect(queueRow).toContainText(cast.contributor.unitName);
  await expect(queueRow).toContainText(section.name);
  await expect(queueRow.locator("time")).toHaveText(/^chờ (dưới 1 phút|\d+ phút)$/);
  await titleLink.click();
  await expect(desk.page).toHaveURL(new RegExp(`/quan-tri/bai-viet/${itemId}$`));
  await waitForEditor(desk.page);

  const returnDialog = await makeMove(desk.page, "return", { note: "   " });
  await expect(returnDialog.getByText(NOTE_REQUIRED)).toBeVisible();
  await expect(returnDialog).toBeVisible();
  expect(await itemStatus(itemId)).toBe("SUBMITTED");
  await returnDialog.getByLabel(MOVES.return.note).fill(returnNote);
  await returnDialog.getByRole("button", { name: MOVES.return.button, exact: true }).click();
  await expect(desk.page).toHaveURL(/\/quan-tri\/bien-tap\?xong=return$/);
  await expect(desk.page.getByText(MOVES.return.done)).toBeVisible();
  expect(await itemStatus(itemId)).toBe("RETURNED");

  // ── The contributor reads the note, revises and resubmits ─────────────
  await page.goto("/quan-tri/bai-viet");
  await expect(page.getByRole("link", { name: /^Thông báo, \d+ chưa đọc$/ })).toBeVisible();
  const myRow = page.getByRole("row").filter({ has: page.getByRole("link", { name: title, exact: true }) });
  await expect(myRow).toContainText(STATUS_LABELS.RETURNED);
  await expect(myRow).toContainText("Thư ký đề nghị sửa");
  await expect(myRow).toContainText(returnNote);
  await myRow.getByRole("link", { name: title, exact: true }).click();
  await waitForEditor(page);
  await expect(workflowPanel(page)).toContainText(returnNote);
  await bodyEditor(page).click();
  await page.keyboard.press("Control+Home");
  await page.keyboard.type(revision);
  await page.keyboard.press("Enter");
  await expect(saveStatus(page)).toHaveText(UNSAVED);
  await expectAutosaved(page);
  await expect.poll(async () => (await itemState(itemId)).body_html).toContain(revision);

  // Kept to replay later: the browser's own call of the move action.
  const submitCall = await captureActionCall(page, '"move":"submit"', async () => {
    await makeMove(page, "submit");
    await expect(page).toHaveURL(/\/quan-tri\/bai-viet\?xong=submit$/);
  });
  expect(await itemStatus(itemId)).toBe("SUBMITTED");

  // ── The secretary forwards it to the board ─────────────────────────────
  await desk.page.goto("/quan-tri/bien-tap");
  await desk.page.getByRole("link", { name: title, exact: true }).click();
  await waitForEditor(desk.page);
  await expect(bodyEditor(desk.page)).toContainText(revision);
  await makeMove(desk.page, "forward");
  await expect(desk.page).toHaveURL(/\/quan-tri\/bien-tap\?xong=forward$/);
  expect(await itemStatus(itemId)).toBe("FORWARDED");

  // The contributor's own request, turned into "publish": refused by the server.
  const forged = await replayServerAction(page.request, submitCall, {
    origin: baseURL!,
    editBody: (body) => replaceInBody(body, '"move":"submit"', '"move":"publish"'),
  });
  expect(forged.status(), "the forged request reaches the action").toBeLessThan(500);
  expect(await forged.text()).toContain("Bạn không có quyền thực hiện thao tác này.");
  expect(await itemStatus(itemId)).toBe("FORWARDED");

  // ── The board approves and publishes ──────────────────────────────────
  const board = await signedIn(browser, cast.board);
  await backOfficeLink(board.page, NAV.approval).click();
  await expect(board.page).toHaveURL(/\/quan-tri\/phe-duyet$/);
  const approvalRow = board.page.getByRole("row").filter({ has: board.page.getByRole("link", { name: title, exact: true }) });
  await expect(approvalRow).toContainText(cast.contributor.name);
  await approvalRow.getByRole("link", { name: title, exact: true }).click();
  await waitForEditor(board.page);
  await makeMove(board.page, "publish");
  await expect(board.page).toHaveURL(/\/quan-tri\/phe-duyet\?xong=publish$/);
  await expect(board.page.getByText(MOVES.publish.done)).toBeVisible();
  const published = await itemState(itemId);
  expect(published.status).toBe("PUBLISHED");
  expect(published.slug).toContain(word);

  // ── An anonymous reader finds it everywhere ───────────────────────────
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  expect(await publicVisibility(reader.request, { slug: published.slug, sectionSlug: section.slug, searchWord: word })).toEqual(EVERYWHERE);

  await reader.goto(`/chuyen-muc/${section.slug}`);
  await reader.locator(`main a[href="/bai-viet/${published.slug}"]`).first().click();
  await expect(reader).toHaveURL(new RegExp(`/bai-viet/${published.slug}$`));
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // The item's own article (related items below are articles too).
  const article = reader.locator("article").filter({ has: reader.getByRole("heading", { level: 1 }) });
  await expect(article).toContainText(lead);
  await expect(article).toContainText(revision);
  await expect(article.getByRole("heading", { name: fromWord.heading })).toBeVisible();
  await expect(article.locator("strong", { hasText: fromWord.bold })).toBeVisible();
  await expect(article.locator("figcaption", { hasText: image.caption })).toBeVisible();
  for (const alt of [image.alt, fromWord.imageAlt]) {
    const picture = article.locator(`img[alt="${alt}"]`);
    // Lazy images load when scrolled to.
    await picture.scrollIntoViewIfNeeded();
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { message: alt }).toBe(true);
    await expect(picture).toBeVisible();
  }

  for (const context of [author.context, desk.context, board.context, readerContext]) await context.close();
});
