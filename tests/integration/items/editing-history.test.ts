// Revisions (list, compare, restore), "X đang sửa" presence and the editor's
// loader, against a real database.
import { describe, expect, it, vi } from "vitest";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";
import { doc, saveInput } from "@/tests/factories/editing";

vi.mock("next/cache", () => import("@/tests/setup/next-cache-passthrough"));

const database = setupTestDatabase();

const load = () =>
  loadWith(
    import("@/lib/server/items/editing/create-item").then((m) => ({ newItem: m.createItem })),
    import("@/lib/server/items/editing/save-item"),
    import("@/lib/server/items/editing/restore-revision"),
    import("@/lib/server/items/history/list-revisions"),
    import("@/lib/server/items/history/get-revision-pair"),
    import("@/lib/server/items/editing/presence").then((presence) => ({ presence })),
    import("@/lib/server/items/editing/get-editor-item"),
  );

describe(`revisions on ${database.kind}`, () => {
  it("restores an old revision as a new one on top, keeping everything in between", async () => {
    const t = await load();
    const author = await t.createUser({ name: "Đỗ Minh Châu" });
    const section = await t.createSection();
    const { id } = await t.newItem({ actor: author, input: { kind: "NEWS" } });
    const common = { sectionIds: [section.id], tags: ["Thi đua"] };
    await t.saveItem({ actor: author, input: saveInput(id, 1, { ...common, title: "Bản đầu", lead: "Sa-pô đầu", bodyJson: doc("Câu gốc.") }) });
    await t.saveItem({ actor: author, input: saveInput(id, 2, { ...common, title: "Bản sau", lead: "Sa-pô sau", bodyJson: doc("Câu đã sửa.") }) });
    const old = await t.db.revision.findFirstOrThrow({ where: { itemId: id, version: 2 } });

    await expect(t.restoreRevision({ actor: author, input: { itemId: id, revisionId: old.id, version: 2 } })).rejects.toMatchObject({ code: "CONFLICT" });
    const stranger = await t.createUser();
    await expect(t.restoreRevision({ actor: stranger, input: { itemId: id, revisionId: old.id, version: 3 } })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const restored = await t.restoreRevision({ actor: author, ip: "10.0.0.9", input: { itemId: id, revisionId: old.id, version: 3 } });
    expect(restored.version).toBe(4);
    const item = await t.db.item.findUniqueOrThrow({ where: { id }, include: { sections: true, tags: true } });
    expect(item).toMatchObject({ title: "Bản đầu", lead: "Sa-pô đầu", bodyHtml: "<p>Câu gốc.</p>", bodyText: "Câu gốc.", version: 4 });
    expect(item.sections.map((s) => s.sectionId)).toEqual([section.id]);
    expect(item.tags).toHaveLength(1);
    const newest = await t.db.revision.findFirstOrThrow({ where: { itemId: id }, orderBy: { id: "desc" } });
    expect(newest).toMatchObject({ version: 4, title: "Bản đầu", isAutosave: false, note: "Khôi phục phiên bản #2", savedById: author.id });
    expect(await t.db.revision.count({ where: { itemId: id } })).toBe(4);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "item.revision-restore", objectId: String(id) } });
    expect(audit).toMatchObject({ actorId: author.id, ip: "10.0.0.9", details: { restoredRevisionId: old.id, restoredVersion: 2, version: 4 } });
  });

  it("lists revisions newest first and compares two with a word-level diff", async () => {
    const t = await load();
    const author = await t.createUser({ name: "Vũ Thị Dung" });
    const secretary = await t.createUser({ roles: ["SECRETARY"] });
    const { id } = await t.newItem({ actor: author, input: { kind: "NEWS" } });
    await t.saveItem({ actor: author, input: saveInput(id, 1, { title: "Hội nghị học tập", bodyJson: doc("Sáng nay, Đảng ủy tổ chức hội nghị.") }) });
    await t.saveItem({ actor: author, input: saveInput(id, 2, { title: "Hội nghị học tập nghị quyết", bodyJson: doc("Sáng nay, Đảng ủy Khối tổ chức hội nghị trực tuyến.") }) });

    expect(await t.listRevisions({ actor: secretary, itemId: id })).toBeNull(); // still a draft
    const list = await t.listRevisions({ actor: author, itemId: id });
    expect(list).toMatchObject({ page: 1, pageCount: 1, total: 3, item: { id, version: 3, editMode: "edit" } });
    expect(list!.revisions.map((r) => [r.version, r.savedByName, r.wordCount])).toEqual([
      [3, "Vũ Thị Dung", 11],
      [2, "Vũ Thị Dung", 8],
      [1, "Vũ Thị Dung", 0],
    ]);

    const [newer, older] = list!.revisions;
    const pair = await t.getRevisionPair({ actor: author, itemId: id, revisionIds: [newer.id, older.id] });
    expect(pair).toMatchObject({ older: { version: 2, title: "Hội nghị học tập" }, newer: { version: 3, bodyText: "Sáng nay, Đảng ủy Khối tổ chức hội nghị trực tuyến." } });
    expect(pair!.diff.title.filter((p) => p.added).map((p) => p.value.trim())).toEqual(["nghị quyết"]);
    expect(pair!.diff.body.filter((p) => p.added).map((p) => p.value.trim())).toEqual(["Khối", "trực tuyến"]);
    expect(pair!.diff.body.some((p) => p.removed)).toBe(false);
    expect(pair!.diff.body.map((p) => (p.removed ? "" : p.value)).join("")).toBe(pair!.newer.bodyText);
    expect(pair!.diff.lead).toEqual([]);

    const otherItem = await t.newItem({ actor: author, input: { kind: "NEWS" } });
    const foreign = await t.db.revision.findFirstOrThrow({ where: { itemId: otherItem.id } });
    expect(await t.getRevisionPair({ actor: author, itemId: id, revisionIds: [newer.id, foreign.id] })).toBeNull();
  });
});

describe(`presence and the editor loader on ${database.kind}`, () => {
  it("shows the others who have the editor open within 30 seconds, never oneself", async () => {
    const t = await load();
    const author = await t.createUser({ name: "Hoàng Văn Em" });
    const secretary = await t.createUser({ roles: ["SECRETARY"], name: "Ngô Thị Giang" });
    const board = await t.createUser({ roles: ["EDITORIAL_BOARD"], name: "Bùi Văn Hải" });
    const { id } = await t.newItem({ actor: author, input: { kind: "NEWS" } });
    const now = new Date();
    const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

    await expect(t.presence.touchPresence({ actor: secretary, itemId: id, now })).rejects.toMatchObject({ code: "NOT_FOUND" }); // a draft
    expect(await t.presence.touchPresence({ actor: author, itemId: id, now })).toEqual([]);
    await t.db.item.update({ where: { id }, data: { status: "SUBMITTED" } });

    expect(await t.presence.touchPresence({ actor: secretary, itemId: id, now: at(5) })).toEqual([{ userId: author.id, name: "Hoàng Văn Em" }]);
    expect(await t.presence.touchPresence({ actor: board, itemId: id, now: at(20) })).toEqual([
      { userId: author.id, name: "Hoàng Văn Em" },
      { userId: secretary.id, name: "Ngô Thị Giang" },
    ]);
    // The author can only read a submitted item: seen by nobody as editing it.
    expect(await t.presence.touchPresence({ actor: author, itemId: id, now: at(25) })).toHaveLength(2);
    // 40 s on, the author's last heartbeat (as editor) is stale.
    expect(await t.presence.touchPresence({ actor: secretary, itemId: id, now: at(40) })).toEqual([{ userId: board.id, name: "Bùi Văn Hải" }]);
    await t.presence.leavePresence({ actor: board, itemId: id });
    expect(await t.presence.listPresence({ itemId: id, excludeUserId: secretary.id, now: at(41) })).toEqual([]);

    // Heartbeats prune rows older than ten minutes.
    await t.presence.touchPresence({ actor: secretary, itemId: id, now: at(60 * 11) });
    expect(await t.db.itemPresence.findMany({ where: { itemId: id }, select: { userId: true } })).toEqual([{ userId: secretary.id }]);
  });

  it("opens the editor only for those who may see the item, in the right mode", async () => {
    const t = await load();
    const author = await t.createUser();
    const coAuthor = await t.createUser({ name: "Lý Thị Kim" });
    const stranger = await t.createUser();
    const secretary = await t.createUser({ roles: ["SECRETARY"] });
    const image = await t.createMediaFile();
    const hidden = await t.createSection({ sortOrder: -10 });
    await t.db.section.update({ where: { id: hidden.id }, data: { isVisible: false } });
    const { id } = await t.newItem({ actor: author, input: { kind: "NEWS" } });
    await t.saveItem({
      actor: author,
      input: saveInput(id, 1, { title: "Tin có ảnh", coAuthorIds: [coAuthor.id], coverImageId: image.id, tags: ["Hội nghị"], sectionIds: [hidden.id] }),
    });

    expect(await t.getEditorItem(id, stranger)).toBeNull();
    expect(await t.getEditorItem(id, secretary)).toBeNull();
    expect(await t.getEditorItem(999_999, author)).toBeNull();
    const opened = await t.getEditorItem(id, author);
    expect(opened).toMatchObject({
      id,
      version: 2,
      status: "DRAFT",
      editMode: "edit",
      title: "Tin có ảnh",
      sectionIds: [hidden.id],
      tags: ["Hội nghị"],
      coAuthors: [{ id: coAuthor.id, name: "Lý Thị Kim" }],
      cover: { id: image.id, url: `/api/media/${image.storageKey}`, width: 1200, height: 800 },
      bodyJson: doc("Nội dung."),
    });
    expect(new Date(opened!.updatedAt).toISOString()).toBe(opened!.updatedAt);
    expect((await t.getEditorItem(id, coAuthor))?.editMode).toBe("edit");

    await t.db.item.update({ where: { id }, data: { status: "SUBMITTED" } });
    expect((await t.getEditorItem(id, secretary))?.editMode).toBe("edit");
    expect((await t.getEditorItem(id, author))?.editMode).toBe("none");

    const options = await t.getEditorOptions();
    expect(options.sections[0]).toEqual({ id: hidden.id, name: hidden.name });
    expect(options.people.find((p) => p.id === coAuthor.id)).toMatchObject({ name: "Lý Thị Kim", unitName: expect.any(String) });
  });
});
