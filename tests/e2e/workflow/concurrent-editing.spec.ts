// Two secretaries open the same submitted item: each is told the other has it
// open; the first save wins, the second is refused with the other's version
// shown beside one's own, and nothing is silently overwritten.
import { expect, test } from "@playwright/test";
import { createTestUser, resetSignInLimits } from "../accounts-support";
import {
  SAVED_AT,
  UNSAVED,
  createCast,
  itemState,
  leadField,
  openItem,
  publicSection,
  saveStatus,
  seedItem,
  signedIn,
  titleField,
  uniqueWord,
} from "./workflow-support";

// A step that cannot happen fails in seconds, not at the end of the long test timeout.
test.use({ actionTimeout: 20_000 });

test.beforeEach(async () => {
  await resetSignInLimits();
});

test("hai thư ký cùng sửa một bài: thấy nhau đang sửa, lần lưu sau bị từ chối, không ghi đè", async ({ browser }) => {
  test.setTimeout(3 * 60_000);
  const cast = await createCast();
  const other = await createTestUser(["SECRETARY"]);
  const section = await publicSection();
  const word = uniqueWord();
  const item = await seedItem({ status: "SUBMITTED", title: `Tin hai người cùng sửa ${word}`, body: `Nội dung ban đầu ${word}.`, author: cast.contributor, section });
  const theirTitle = `Tin đã được thư ký thứ nhất sửa ${word}`;
  const myLead = "Sa-pô thư ký thứ hai viết nhưng chưa được lưu.";

  const first = await signedIn(browser, cast.secretary);
  await openItem(first.page, item.id);
  const second = await signedIn(browser, other);
  await openItem(second.page, item.id);

  // Presence: the newcomer sees at once, the first on its next beat (every 10 s).
  await expect(second.page.getByRole("status").filter({ hasText: `${cast.secretary.name} đang sửa bài này` })).toBeVisible({ timeout: 15_000 });
  await expect(first.page.getByRole("status").filter({ hasText: `${other.name} đang sửa bài này` })).toBeVisible({ timeout: 25_000 });

  // The first saves.
  await titleField(first.page).fill(theirTitle);
  await expect(saveStatus(first.page)).toHaveText(UNSAVED);
  await first.page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(saveStatus(first.page)).toHaveText(SAVED_AT);
  const afterFirst = await itemState(item.id);
  expect(afterFirst.title).toBe(theirTitle);

  // The second, who loaded the older version, is refused and shown both.
  await leadField(second.page).fill(myLead);
  await expect(saveStatus(second.page)).toHaveText(UNSAVED);
  await second.page.getByRole("button", { name: "Lưu", exact: true }).click();
  const notice = second.page.getByRole("alert").filter({ hasText: "Bài đã được người khác lưu" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(`${cast.secretary.name} đã lưu bài lúc`);
  await expect(notice).toContainText("Bản của bạn chưa được lưu.");
  await expect(notice.getByRole("region", { name: /^Bản của họ/ })).toContainText(theirTitle);
  await expect(notice.getByRole("region", { name: "Bản của bạn", exact: true })).toContainText(myLead);
  await expect(saveStatus(second.page)).toHaveText("Đã dừng tự động lưu cho đến khi bạn chọn bản giữ lại.");
  // Their text is intact; the second's lead was not written.
  const afterSecond = await itemState(item.id);
  expect(afterSecond).toMatchObject({ title: theirTitle, lead: "", version: afterFirst.version });
  await expect(leadField(second.page)).toHaveValue(myLead);

  await first.context.close();
  await second.context.close();
});
