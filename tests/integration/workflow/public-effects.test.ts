// What readers see after the board acts, through the real public loaders
// (unstable_cache passed through): an unpublished item is gone from every
// list but kept; a correction shows its new text and a dated note; a
// featured item leads the home page. Also the editorial notes, the item's
// history and the notification list.
import { describe, expect, it, vi } from "vitest";
import { itemCorrectionSchema } from "@/lib/validations/item";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

vi.mock("next/cache", () => import("@/tests/setup/next-cache-passthrough"));

const database = setupTestDatabase();

const load = () =>
  loadWith(
    import("@/lib/server/workflow/move-item"),
    import("@/lib/server/items/editing/correct-item"),
    import("@/lib/server/items/editing/feature-item"),
    import("@/lib/server/items/editing/add-editorial-note"),
    import("@/lib/server/items/history/list-item-history"),
    import("@/lib/server/items/public/get-public-item"),
    import("@/lib/server/items/public/list-section-items"),
    import("@/lib/server/items/public/get-home-page"),
    import("@/lib/server/feeds/list-feed-items"),
    import("@/lib/server/feeds/list-sitemap-entries"),
    import("@/lib/server/search/search-site"),
    import("@/lib/server/notifications/list-notifications"),
    import("@/lib/server/notifications/count-unread"),
    import("@/lib/server/notifications/mark-notifications-read"),
  );
type T = Awaited<ReturnType<typeof load>>;

/** Where a published item shows up for readers. */
async function whereShown(t: T, item: { slug: string }, sectionId: number, word: string) {
  const home = await t.getHomePage();
  const slugs = (list: { slug: string }[]) => list.map((i) => i.slug);
  return {
    page: (await t.getPublicItem(item.slug)) !== null,
    section: slugs((await t.listSectionItems(sectionId, 1)).items).includes(item.slug),
    home: slugs([...home.featured, ...home.latest, ...home.sectionBlocks.flatMap((b) => b.items)]).includes(item.slug),
    feed: slugs(await t.listFeedItems(null)).includes(item.slug),
    sectionFeed: slugs(await t.listFeedItems(sectionId)).includes(item.slug),
    sitemap: slugs((await t.listSitemapEntries()).items).includes(item.slug),
    search: slugs((await t.searchSite(word, 1))?.items ?? []).includes(item.slug),
  };
}
const everywhere = { page: true, section: true, home: true, feed: true, sectionFeed: true, sitemap: true, search: true };
const nowhere = { page: false, section: false, home: false, feed: false, sectionFeed: false, sitemap: false, search: false };

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

describe(`public effects of the board's actions on ${database.kind}`, () => {
  it("an unpublished item disappears from every public list but stays in the database; republished it returns", async () => {
    const t = await load();
    const cast = await t.createWorkflowCast();
    const section = await t.createSection();
    const item = await t.createItem({ status: "FORWARDED", publishedAt: null, title: "Hội thảo Quảngtrạchxa về công tác dân vận", sectionIds: [section.id], authorIds: [cast.author.id] });
    await t.moveItem({ actor: cast.board, itemId: item.id, move: "publish" });
    await t.featureItem({ actor: cast.board, itemId: item.id, isFeatured: true });
    expect(await whereShown(t, item, section.id, "Quảngtrạchxa")).toEqual(everywhere);
    expect((await t.getHomePage()).featured.map((i) => i.slug)).toContain(item.slug);
    const { publishedAt } = await t.db.item.findUniqueOrThrow({ where: { id: item.id } });

    await t.moveItem({ actor: cast.board, itemId: item.id, move: "unpublish", note: "Cần xác minh lại số liệu." });
    expect(await whereShown(t, item, section.id, "Quảngtrạchxa")).toEqual(nowhere);
    const kept = await t.db.item.findUniqueOrThrow({ where: { id: item.id }, include: { sections: true, revisions: true } });
    expect(kept).toMatchObject({ status: "UNPUBLISHED", title: item.title, publishedAt });
    expect(kept.sections).toHaveLength(1);

    await t.moveItem({ actor: cast.board, itemId: item.id, move: "republish" });
    expect(await whereShown(t, item, section.id, "Quảngtrạchxa")).toEqual(everywhere);
    expect((await t.db.item.findUniqueOrThrow({ where: { id: item.id } })).publishedAt).toEqual(publishedAt);
  });

  it("a correction saves a revision and a correction row; the public page shows the new text and the dated note", async () => {
    const t = await load();
    const cast = await t.createWorkflowCast();
    const section = await t.createSection();
    const item = await t.createItem({ status: "PUBLISHED", title: "Tin có số liệu sai", body: "Có 120 đảng viên dự.", sectionIds: [section.id], authorIds: [cast.author.id, cast.coAuthor.id] });
    const input = (version: number, text: string) =>
      itemCorrectionSchema.parse({
        itemId: item.id,
        version,
        kind: "NEWS",
        title: item.title,
        lead: "",
        bodyJson: doc(text),
        sectionIds: [section.id],
        coAuthorIds: [cast.coAuthor.id],
        correctionNote: "Số đảng viên dự là 210, không phải 120.",
      });
    const now = new Date("2026-03-05T03:00:00Z");
    const saved = await t.correctItem({ actor: cast.board, input: input(item.version, "Có 210 đảng viên dự."), ip: "10.0.0.5", now });
    expect(saved.version).toBe(item.version + 1);

    const correction = await t.db.itemCorrection.findFirstOrThrow({ where: { itemId: item.id } });
    expect(correction).toMatchObject({ actorId: cast.board.id, note: "Số đảng viên dự là 210, không phải 120." });
    const revision = await t.db.revision.findUniqueOrThrow({ where: { id: correction.revisionId! } });
    expect(revision).toMatchObject({ savedById: cast.board.id, isAutosave: false, version: saved.version });
    expect(revision.bodyHtml).toContain("210 đảng viên");
    const event = await t.db.workflowEvent.findFirstOrThrow({ where: { itemId: item.id } });
    expect(event).toMatchObject({ fromStatus: "PUBLISHED", toStatus: "PUBLISHED", note: correction.note, actorId: cast.board.id });
    expect(await t.db.auditLog.count({ where: { action: "item.correct", objectId: String(item.id) } })).toBe(1);
    const told = await t.db.notification.findMany({ where: { itemId: item.id, type: "item.correct" } });
    expect(told.map((n) => n.userId).sort()).toEqual([cast.author.id, cast.coAuthor.id].sort());

    const page = await t.getPublicItem(item.slug);
    expect(page?.bodyHtml).toContain("Có 210 đảng viên dự.");
    expect(page?.bodyHtml).not.toContain("120");
    expect(page?.corrections).toEqual([{ note: "Số đảng viên dự là 210, không phải 120.", createdAt: now.toISOString() }]);
    const { formatLongDate } = await import("@/lib/content/dates");
    // What the page prints: "Đính chính (ngày 05 tháng 03 năm 2026): …"
    expect(formatLongDate(page!.corrections[0].createdAt)).toBe("ngày 05 tháng 03 năm 2026");
    expect(await t.db.item.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: "PUBLISHED", slug: item.slug });

    // The history shows the correction once, with the revision.
    const history = await t.listItemHistory({ actor: cast.author, itemId: item.id });
    expect(history.filter((h) => h.kind === "correction")).toEqual([
      expect.objectContaining({ label: "Đính chính", note: correction.note, revisionId: revision.id, actorName: cast.board.name, atText: "10:00, ngày 05 tháng 03 năm 2026" }),
    ]);
    expect(history.filter((h) => h.kind === "event")).toEqual([]);
  });

  it("a correction on a stale version is a CONFLICT; only the board corrects, only published items", async () => {
    const t = await load();
    const cast = await t.createWorkflowCast();
    const section = await t.createSection();
    const item = await t.createItem({ status: "PUBLISHED", sectionIds: [section.id], authorIds: [cast.author.id] });
    const input = (itemId: number, version: number, title = item.title) =>
      itemCorrectionSchema.parse({ itemId, version, kind: "NEWS", title, lead: "", bodyJson: doc("Nội dung mới."), sectionIds: [section.id], correctionNote: "Sửa lỗi chính tả." });
    await t.correctItem({ actor: cast.board, input: input(item.id, item.version) });
    await expect(t.correctItem({ actor: cast.board, input: input(item.id, item.version) })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(t.correctItem({ actor: cast.secretary, input: input(item.id, item.version + 1) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const forwarded = await t.createItem({ status: "FORWARDED", publishedAt: null, sectionIds: [section.id] });
    await expect(t.correctItem({ actor: cast.board, input: input(forwarded.id, forwarded.version) })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    await expect(t.correctItem({ actor: cast.board, input: input(item.id, item.version + 1, "Tin") })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await t.db.itemCorrection.count({ where: { itemId: item.id } })).toBe(1);
  });

  it("featuring puts a published item first on the home page; only the board, only while published", async () => {
    const t = await load();
    const cast = await t.createWorkflowCast();
    const older = await t.createItem({ status: "PUBLISHED", publishedAt: new Date("2020-01-01T00:00:00Z") });
    // Later than anything featured by the tests before.
    const now = new Date(Date.now() + 60_000);
    await t.featureItem({ actor: cast.board, itemId: older.id, isFeatured: true, now });
    expect((await t.getHomePage()).featured[0].slug).toBe(older.slug);
    expect(await t.db.item.findUniqueOrThrow({ where: { id: older.id } })).toMatchObject({ isFeatured: true, featuredAt: now, updatedAt: older.updatedAt });
    expect(await t.db.auditLog.count({ where: { action: "item.feature", objectId: String(older.id) } })).toBe(1);
    await t.featureItem({ actor: cast.board, itemId: older.id, isFeatured: false });
    expect((await t.getHomePage()).featured.map((i) => i.slug)).not.toContain(older.slug);
    await expect(t.featureItem({ actor: cast.secretary, itemId: older.id, isFeatured: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const draft = await t.createItem({ status: "FORWARDED", publishedAt: null });
    await expect(t.featureItem({ actor: cast.board, itemId: draft.id, isFeatured: true })).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
  });

  it("editorial notes reach the authors; the history lists moves and notes with names and Vietnam time", async () => {
    const t = await load();
    const cast = await t.createWorkflowCast();
    const item = await t.createItem({ status: "DRAFT", authorIds: [cast.author.id, cast.coAuthor.id] });
    await expect(t.addEditorialNote({ actor: cast.secretary, itemId: item.id, body: "Góp ý sớm." })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await t.moveItem({ actor: cast.author, itemId: item.id, move: "submit", now: new Date("2026-03-07T01:00:00Z") });
    await t.addEditorialNote({ actor: cast.secretary, itemId: item.id, body: "Nên thêm ảnh hoạt động.", now: new Date("2026-03-07T02:00:00Z") });
    await expect(t.addEditorialNote({ actor: cast.coAuthor, itemId: item.id, body: "Tự góp ý." })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const told = await t.db.notification.findMany({ where: { itemId: item.id, type: "item.note" } });
    expect(told.map((n) => n.userId).sort()).toEqual([cast.author.id, cast.coAuthor.id].sort());
    expect(told[0].message).toContain("Nên thêm ảnh hoạt động.");

    const history = await t.listItemHistory({ actor: cast.author, itemId: item.id });
    expect(history.map((h) => [h.kind, h.label, h.actorName, h.atText])).toEqual([
      ["note", "Góp ý", cast.secretary.name, "09:00, ngày 07 tháng 03 năm 2026"],
      ["event", "Gửi thư ký", cast.author.name, "08:00, ngày 07 tháng 03 năm 2026"],
    ]);
    const other = await t.createUser();
    await expect(t.listItemHistory({ actor: other, itemId: item.id })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await t.moveItem({ actor: cast.secretary, itemId: item.id, move: "reject", note: "Không phù hợp chuyên mục." });
    await expect(t.addEditorialNote({ actor: cast.secretary, itemId: item.id, body: "Thêm nữa." })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("notifications: newest first, paged, unread count, marking only one's own", async () => {
    const t = await load();
    const me = await t.createUser();
    const someoneElse = await t.createUser();
    const base = Date.parse("2026-03-08T00:00:00Z");
    for (let i = 0; i < 25; i++) {
      await t.db.notification.create({ data: { userId: me.id, type: "item.publish", message: `Thông báo ${i}`, createdAt: new Date(base + i * 60_000) } });
    }
    const theirs = await t.db.notification.create({ data: { userId: someoneElse.id, type: "item.publish", message: "Của người khác" } });

    const first = await t.listNotifications({ userId: me.id });
    expect(first).toMatchObject({ total: 25, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(20);
    expect(first.rows[0]).toMatchObject({ message: "Thông báo 24", isRead: false, href: null, createdAtText: "07:24, ngày 08 tháng 03 năm 2026" });
    expect((await t.listNotifications({ userId: me.id, page: 2 })).rows.map((r) => r.message)).toEqual(["Thông báo 4", "Thông báo 3", "Thông báo 2", "Thông báo 1", "Thông báo 0"]);
    expect(await t.countUnreadNotifications(me.id)).toBe(25);

    expect(await t.markNotificationsRead({ userId: me.id, ids: [first.rows[0].id, first.rows[1].id, theirs.id] })).toBe(2);
    expect(await t.countUnreadNotifications(me.id)).toBe(23);
    expect((await t.db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
    expect(await t.markNotificationsRead({ userId: me.id })).toBe(23);
    expect(await t.countUnreadNotifications(me.id)).toBe(0);
    expect(await t.countUnreadNotifications(someoneElse.id)).toBe(1);
  });
});
