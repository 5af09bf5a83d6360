// The back office's read side of the workflow against a real database: "Bài
// của tôi" shows only the person's own and co-authored items, the desks'
// queues serve the longest waiting first, the yearly count counts only this
// year's published items for every author, and the preview refuses strangers.
import { describe, expect, it } from "vitest";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

const database = setupTestDatabase();

const load = () =>
  loadWith(
    import("@/lib/server/items/lists/list-my-items"),
    import("@/lib/server/items/lists/list-review-queue"),
    import("@/lib/server/items/lists/list-managed-items"),
    import("@/lib/server/items/editing/get-preview-item"),
    import("@/lib/server/quotas/count-published-this-year"),
    import("@/lib/server/items/lists/get-item-panel"),
  );

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

describe(`workflow page loaders on ${database.kind}`, () => {
  it("lists only the person's own and co-authored items, with filters and the latest return note", async () => {
    const t = await load();
    const me = await t.createUser({ name: "Nguyễn Văn Tác" });
    const other = await t.createUser();
    const secretary = await t.createUser({ name: "Lê Thư Ký", roles: ["SECRETARY"] });
    const section = await t.createSection({ name: "Xây dựng Đảng" });
    const mine = await t.createDraftItem({ title: "Đại hội chi bộ điểm", authorIds: [me.id], sectionIds: [section.id] });
    const returned = await t.createItem({ title: "Hội nghị học tập nghị quyết", status: "RETURNED", authorIds: [me.id], kind: "ARTICLE" });
    const coAuthored = await t.createItem({ title: "Tin phối hợp", status: "SUBMITTED", authorIds: [other.id, me.id], createdById: other.id });
    await t.createItem({ title: "Bài của người khác", status: "SUBMITTED", authorIds: [other.id] });

    await t.db.workflowEvent.createMany({
      data: [
        { itemId: returned.id, actorId: secretary.id, fromStatus: "SUBMITTED", toStatus: "RETURNED", note: "Bổ sung ảnh.", createdAt: hoursAgo(5) },
        { itemId: returned.id, actorId: me.id, fromStatus: "RETURNED", toStatus: "SUBMITTED", createdAt: hoursAgo(4) },
        { itemId: returned.id, actorId: secretary.id, fromStatus: "SUBMITTED", toStatus: "RETURNED", note: "Rút gọn sa-pô.", createdAt: hoursAgo(1) },
      ],
    });
    await t.db.editorialNote.createMany({
      data: [
        { itemId: returned.id, authorId: secretary.id, body: "Góp ý 1" },
        { itemId: returned.id, authorId: secretary.id, body: "Góp ý 2" },
      ],
    });

    const all = await t.listMyItems(me, { page: 1 });
    expect(all.total).toBe(3);
    expect(all.items.map((item) => item.id).sort()).toEqual([mine.id, returned.id, coAuthored.id].sort());
    const returnedRow = all.items.find((item) => item.id === returned.id)!;
    expect(returnedRow.latestNote).toMatchObject({ text: "Rút gọn sa-pô.", byName: "Lê Thư Ký", toStatus: "RETURNED" });
    expect(returnedRow.editorialNoteCount).toBe(2);
    expect(all.items.find((item) => item.id === mine.id)).toMatchObject({ sections: [{ id: section.id, name: "Xây dựng Đảng" }], latestNote: null });

    expect((await t.listMyItems(me, { page: 1, status: "RETURNED" })).items.map((i) => i.id)).toEqual([returned.id]);
    expect((await t.listMyItems(me, { page: 1, kind: "ARTICLE" })).items.map((i) => i.id)).toEqual([returned.id]);
    // Without diacritics, any case.
    expect((await t.listMyItems(me, { page: 1, q: "dai hoi" })).items.map((i) => i.id)).toEqual([mine.id]);
    expect((await t.listMyItems(me, { page: 1, q: "100%_" })).total).toBe(0);
    const pastTheEnd = await t.listMyItems(me, { page: 5 });
    expect(pastTheEnd).toMatchObject({ items: [], total: 3, pageCount: 1 });
    expect((await t.listMyItems(secretary, { page: 1 })).total).toBe(0);
  });

  it("serves each desk's queue oldest first, with authors, unit and primary section", async () => {
    const t = await load();
    const unit = await t.createUnit({ name: "Đảng bộ Sở Y tế" });
    const author = await t.createUser({ name: "Phạm Cộng Tác", unitId: unit.id });
    const section = await t.createSection({ name: "Theo gương Bác" });
    const newer = await t.createItem({ title: "Mới gửi", status: "SUBMITTED", authorIds: [author.id], sectionIds: [section.id] });
    const older = await t.createItem({ title: "Gửi lâu rồi", status: "SUBMITTED", authorIds: [author.id], kind: "ARTICLE" });
    const forwarded = await t.createItem({ title: "Đã chuyển", status: "FORWARDED", authorIds: [author.id], unitId: unit.id });
    await t.db.item.update({ where: { id: newer.id }, data: { statusChangedAt: hoursAgo(3) } });
    await t.db.item.update({ where: { id: older.id }, data: { statusChangedAt: hoursAgo(50), isInDepth: true } });

    const review = await t.listReviewQueue("SUBMITTED");
    const ours = review.items.filter((row) => [newer.id, older.id].includes(row.id));
    expect(ours.map((row) => row.id)).toEqual([older.id, newer.id]);
    const times = review.items.map((row) => row.statusChangedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(ours[1]).toMatchObject({ authors: [{ id: author.id, name: "Phạm Cộng Tác" }], unitName: "Đảng bộ Sở Y tế", primarySection: "Theo gương Bác" });
    expect(ours[0]).toMatchObject({ kind: "ARTICLE", isInDepth: true });
    expect(review.items.some((row) => row.id === forwarded.id)).toBe(false);

    const approval = await t.listReviewQueue("FORWARDED");
    expect(approval.items.map((row) => row.id)).toContain(forwarded.id);
    expect(approval.items.every((row) => row.id !== newer.id)).toBe(true);
  });

  it("lists scheduled items by their set time, and managed items without drafts", async () => {
    const t = await load();
    const author = await t.createUser();
    const later = await t.createItem({ title: "Hẹn muộn", status: "SCHEDULED", authorIds: [author.id], publishedAt: null });
    const sooner = await t.createItem({ title: "Hẹn sớm", status: "SCHEDULED", authorIds: [author.id], publishedAt: null });
    await t.db.item.update({ where: { id: later.id }, data: { scheduledAt: new Date(Date.now() + 5 * 3_600_000) } });
    await t.db.item.update({ where: { id: sooner.id }, data: { scheduledAt: new Date(Date.now() + 3_600_000) } });
    const scheduled = await t.listReviewQueue("SCHEDULED");
    expect(scheduled.items.map((row) => row.id)).toEqual([sooner.id, later.id]);

    const draft = await t.createDraftItem({ title: "Nháp riêng", authorIds: [author.id] });
    const published = await t.createPublishedItem({ title: "Đã đăng để quản lý", authorIds: [author.id] });
    const managed = await t.listManagedItems({ page: 1 });
    expect(managed.items.some((row) => row.id === draft.id)).toBe(false);
    expect(managed.items.some((row) => row.id === published.id)).toBe(true);
    const onlyPublished = await t.listManagedItems({ page: 1, status: "PUBLISHED", q: "quan ly" });
    expect(onlyPublished.items.map((row) => row.id)).toEqual([published.id]);
    expect(onlyPublished.items[0]).toMatchObject({ isFeatured: false, status: "PUBLISHED" });
    expect((await t.listManagedItems({ page: 1, status: "DRAFT" })).total).toBe(0);
  });

  it("counts only this year's published items, for every author", async () => {
    const t = await load();
    const first = await t.createUser();
    const coAuthor = await t.createUser();
    const idle = await t.createUser();
    const thisYear = new Date();
    await t.createPublishedItem({ kind: "NEWS", authorIds: [first.id], publishedAt: thisYear });
    await t.createPublishedItem({ kind: "NEWS", authorIds: [first.id, coAuthor.id], publishedAt: thisYear });
    const inDepth = await t.createPublishedItem({ kind: "ARTICLE", authorIds: [coAuthor.id, first.id], publishedAt: thisYear });
    await t.db.item.update({ where: { id: inDepth.id }, data: { isInDepth: true } });
    await t.createPublishedItem({ kind: "ARTICLE", authorIds: [coAuthor.id], publishedAt: thisYear });
    // Not counted: last year, not (or no longer) published.
    await t.createPublishedItem({ kind: "NEWS", authorIds: [first.id], publishedAt: new Date(Date.UTC(thisYear.getUTCFullYear() - 1, 5, 1)) });
    await t.createItem({ kind: "NEWS", status: "SUBMITTED", authorIds: [first.id] });
    await t.createItem({ kind: "NEWS", status: "UNPUBLISHED", authorIds: [first.id], publishedAt: thisYear });

    const progress = await t.countPublishedThisYear([first.id, coAuthor.id, idle.id, first.id]);
    expect(progress.year).toBeGreaterThanOrEqual(2026);
    expect(progress.byUser.get(first.id)).toEqual({ news: 2, articles: 1, inDepth: 1 });
    expect(progress.byUser.get(coAuthor.id)).toEqual({ news: 1, articles: 2, inDepth: 1 });
    expect(progress.byUser.get(idle.id)).toEqual({ news: 0, articles: 0, inDepth: 0 });
    expect((await t.countPublishedThisYear([])).byUser.size).toBe(0);
  });

  it("counts by the calendar year in Vietnam time", async () => {
    const t = await load();
    const author = await t.createUser();
    // 31/12/2025 23:30 in Hà Nội (16:30 UTC) belongs to 2025; 01/01/2026 00:30 (17:30 UTC the day before) to 2026.
    await t.createPublishedItem({ authorIds: [author.id], publishedAt: new Date("2025-12-31T16:30:00Z") });
    await t.createPublishedItem({ authorIds: [author.id], publishedAt: new Date("2025-12-31T17:30:00Z") });
    const in2026 = await t.countPublishedThisYear([author.id], new Date("2026-06-01T00:00:00Z"));
    expect(in2026.byUser.get(author.id)).toEqual({ news: 1, articles: 0, inDepth: 0 });
    const in2025 = await t.countPublishedThisYear([author.id], new Date("2025-06-01T00:00:00Z"));
    expect(in2025.byUser.get(author.id)).toEqual({ news: 1, articles: 0, inDepth: 0 });
  });

  it("previews an unpublished item for its authors and the editors, never for strangers", async () => {
    const t = await load();
    const author = await t.createUser({ name: "Tác Giả Xem Trước" });
    const stranger = await t.createUser();
    const secretary = await t.createUser({ roles: ["SECRETARY"] });
    const draft = await t.createDraftItem({ title: "Bản nháp xem trước", authorIds: [author.id] });

    const preview = await t.getPreviewItem(draft.id, author);
    expect(preview).toMatchObject({ status: "DRAFT", item: { title: "Bản nháp xem trước", authorNames: ["Tác Giả Xem Trước"] } });
    expect(preview?.item.bodyHtml).toContain("<p>");
    expect(await t.getPreviewItem(draft.id, stranger)).toBeNull();
    // A draft is still the author's own: not even the secretary sees it.
    expect(await t.getPreviewItem(draft.id, secretary)).toBeNull();

    await t.db.item.update({ where: { id: draft.id }, data: { status: "SUBMITTED" } });
    expect(await t.getPreviewItem(draft.id, secretary)).not.toBeNull();
    expect(await t.getPreviewItem(draft.id, stranger)).toBeNull();
    expect(await t.getPreviewItem(999_999, author)).toBeNull();
  });

  it("offers each person the moves the table allows them, and nothing to strangers", async () => {
    const t = await load();
    const author = await t.createUser({ name: "Tác Giả Bảng" });
    const secretary = await t.createUser({ roles: ["SECRETARY"] });
    const board = await t.createUser({ roles: ["EDITORIAL_BOARD"] });
    const stranger = await t.createUser();
    const item = await t.createItem({ status: "SUBMITTED", authorIds: [author.id] });

    const forAuthor = await t.getItemPanel(item.id, author);
    expect(forAuthor).toMatchObject({ status: "SUBMITTED", authors: [{ id: author.id, name: "Tác Giả Bảng" }], canWriteNote: false });
    expect(forAuthor?.moves).toEqual([{ move: "withdraw", isNoteRequired: false }]);
    const forSecretary = await t.getItemPanel(item.id, secretary);
    expect(forSecretary?.moves.map((m) => m.move)).toEqual(["return", "reject", "forward"]);
    expect(forSecretary?.moves.find((m) => m.move === "return")?.isNoteRequired).toBe(true);
    expect(forSecretary?.canWriteNote).toBe(true);
    expect(await t.getItemPanel(item.id, stranger)).toBeNull();

    await t.db.item.update({ where: { id: item.id }, data: { status: "FORWARDED" } });
    expect((await t.getItemPanel(item.id, board))?.moves.map((m) => m.move)).toEqual(["reject", "sendBack", "publish", "schedule"]);
  });
});
