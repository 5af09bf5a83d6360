// Saving items from the editor against a real database: versions, revisions,
// conflicts, autosave checkpoints, body validation and who may edit when.
import { describe, expect, it, vi } from "vitest";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";
import { doc, minutes, saveInput } from "@/tests/factories/editing";

vi.mock("next/cache", () => import("@/tests/setup/next-cache-passthrough"));

const database = setupTestDatabase();

const load = () =>
  loadWith(
    import("@/lib/server/items/editing/create-item").then((m) => ({ newItem: m.createItem })),
    import("@/lib/server/items/editing/save-item"),
    import("@/lib/server/items/editing/write-item-content"),
    import("@/lib/server/items/editing/lock-item-for-edit"),
  );

describe(`saving items on ${database.kind}`, () => {
  it("creates an empty draft by the actor, then each save bumps the version and leaves a revision", async () => {
    const t = await load();
    const unit = await t.createUnit();
    const author = await t.createUser({ unitId: unit.id, name: "Nguyễn Văn An" });
    const { id } = await t.newItem({ actor: author, input: { kind: "ARTICLE" } });

    const draft = await t.db.item.findUniqueOrThrow({ where: { id }, include: { authors: true, revisions: true } });
    expect(draft).toMatchObject({ status: "DRAFT", kind: "ARTICLE", title: "", version: 1, unitId: unit.id, createdById: author.id });
    expect(draft.slug).toMatch(/^ban-nhap-[0-9a-f]{12}$/);
    expect(draft.authors.map((a) => a.userId)).toEqual([author.id]);
    expect(draft.revisions).toHaveLength(1);

    const first = await t.saveItem({ actor: author, input: saveInput(id, 1, { kind: "ARTICLE", isInDepth: true, title: "Học tập và làm theo Bác", bodyJson: doc("Đoạn một.") }) });
    expect(first).toMatchObject({ itemId: id, version: 2 });
    // The client sends back the version each save returned: never a conflict with oneself.
    const second = await t.saveItem({ actor: author, input: saveInput(id, first.version, { kind: "ARTICLE", isInDepth: true, title: "Học tập và làm theo Bác", bodyJson: doc("Đoạn một.", "Đoạn hai.") }) });
    expect(second.version).toBe(3);

    const saved = await t.db.item.findUniqueOrThrow({ where: { id } });
    expect(saved).toMatchObject({ version: 3, isInDepth: true, slug: "hoc-tap-va-lam-theo-bac", bodyText: "Đoạn một.\n\nĐoạn hai." });
    expect(saved.bodyHtml).toBe("<p>Đoạn một.</p><p>Đoạn hai.</p>");
    const revisions = await t.db.revision.findMany({ where: { itemId: id }, orderBy: { id: "asc" } });
    expect(revisions.map((r) => [r.version, r.isAutosave, r.savedById])).toEqual([[1, false, author.id], [2, false, author.id], [3, false, author.id]]);
    expect(await t.db.auditLog.count({ where: { action: "item.save", objectId: String(id) } })).toBe(2);
    expect(await t.db.auditLog.count({ where: { action: "item.create", objectId: String(id) } })).toBe(1);
  });

  it("refuses a save on a stale version with the other person's version, and overwrites nothing", async () => {
    const t = await load();
    const author = await t.createUser({ name: "Trần Thị Bình" });
    const coAuthor = await t.createUser({ name: "Lê Văn Cường" });
    const { id } = await t.newItem({ actor: author, input: { kind: "NEWS" } });
    await t.saveItem({ actor: author, input: saveInput(id, 1, { title: "Bản của Bình", coAuthorIds: [coAuthor.id] }) });

    // The co-author opened version 2; the author saves version 3 meanwhile.
    await t.saveItem({ actor: author, input: saveInput(id, 2, { title: "Bản mới của Bình", coAuthorIds: [coAuthor.id] }) });
    const refused = t.saveItem({ actor: coAuthor, input: saveInput(id, 2, { title: "Bản của Cường", bodyJson: doc("Khác.") }) });
    await expect(refused).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/^Trần Thị Bình đã lưu bài lúc \d\d:\d\d; bản của bạn chưa được lưu/),
      details: { version: 3, savedByName: "Trần Thị Bình", title: "Bản mới của Bình", bodyHtml: "<p>Nội dung.</p>" },
    });
    const item = await t.db.item.findUniqueOrThrow({ where: { id } });
    expect(item).toMatchObject({ version: 3, title: "Bản mới của Bình" });
    expect(await t.db.revision.count({ where: { itemId: id } })).toBe(3);

    // With the version from the conflict, the co-author's next save goes through.
    const retried = await t.saveItem({ actor: coAuthor, input: saveInput(id, 3, { title: "Bản của Cường", coAuthorIds: [coAuthor.id] }) });
    expect(retried.version).toBe(4);
  });

  it("lets only one of two simultaneous saves of the same version through", async () => {
    const t = await load();
    const author = await t.createUser();
    const { id } = await t.newItem({ actor: author, input: { kind: "NEWS" } });
    const results = await Promise.allSettled([
      t.saveItem({ actor: author, input: saveInput(id, 1, { title: "Cửa sổ một" }) }),
      t.saveItem({ actor: author, input: saveInput(id, 1, { title: "Cửa sổ hai" }) }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/^Bạn \(ở một cửa sổ khác\) đã lưu/) });
    expect((await t.db.item.findUniqueOrThrow({ where: { id } })).version).toBe(2);
  });

  it("coalesces one person's autosaves within five minutes into one revision", async () => {
    const t = await load();
    const author = await t.createUser();
    const coAuthor = await t.createUser();
    const { id } = await t.newItem({ actor: author, input: { kind: "NEWS" } });
    const start = new Date();
    const autosave = (actor: typeof author, version: number, at: Date, text: string) =>
      t.saveItem({ actor, now: at, input: saveInput(id, version, { isAutosave: true, bodyJson: doc(text), coAuthorIds: [coAuthor.id] }) });
    const rows = () => t.db.revision.findMany({ where: { itemId: id }, orderBy: { id: "asc" } });

    let v = (await autosave(author, 1, minutes(start, 1), "Một")).version; // new checkpoint
    v = (await autosave(author, v, minutes(start, 3), "Một hai")).version; // same checkpoint
    v = (await autosave(author, v, minutes(start, 5.5), "Một hai ba")).version; // 2.5 min after the last: same
    expect((await rows()).length).toBe(2);
    const checkpoint = (await rows())[1];
    expect(checkpoint).toMatchObject({ isAutosave: true, version: v, createdAt: minutes(start, 1), updatedAt: minutes(start, 5.5) });
    expect(checkpoint.bodyHtml).toBe("<p>Một hai ba</p>");

    v = (await autosave(author, v, minutes(start, 11), "Bốn")).version; // over five minutes: new row
    v = (await autosave(coAuthor, v, minutes(start, 11.5), "Năm")).version; // another person: new row
    v = (await autosave(author, v, minutes(start, 12), "Sáu")).version; // after another's save: new row
    v = (await t.saveItem({ actor: author, now: minutes(start, 12.5), input: saveInput(id, v, { bodyJson: doc("Bảy"), coAuthorIds: [coAuthor.id] }) })).version; // manual: new row
    await autosave(author, v, minutes(start, 13), "Tám"); // after a manual save: new row
    const all = await rows();
    expect(all.map((r) => r.isAutosave)).toEqual([false, true, true, true, true, false, true]);
    expect(all.map((r) => r.version)).toEqual([1, 4, 5, 6, 7, 8, 9]);
    expect(await t.db.auditLog.count({ where: { action: "item.save", objectId: String(id) } })).toBe(1);
  });

  it("refuses a body outside the editor's schema and stores nothing", async () => {
    const t = await load();
    const author = await t.createUser();
    const { id } = await t.newItem({ actor: author, input: { kind: "NEWS" } });
    const bodies = [
      { type: "doc", content: [{ type: "marquee", content: [{ type: "text", text: "x" }] }] },
      { type: "doc", content: [{ type: "script", content: [{ type: "text", text: "alert(1)" }] }] },
      { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "onclick" }] }] }] },
      { type: "doc", content: [{ type: "paragraph", content: [{ type: "paragraph" }] }] },
    ];
    for (const bodyJson of bodies) {
      await expect(t.saveItem({ actor: author, input: saveInput(id, 1, { title: "Không lưu", bodyJson }) })).rejects.toMatchObject({ code: "VALIDATION" });
    }
    const item = await t.db.item.findUniqueOrThrow({ where: { id } });
    expect(item).toMatchObject({ version: 1, title: "" });
    expect(await t.db.revision.count({ where: { itemId: id } })).toBe(1);
  });

  it("stores sanitised HTML: a javascript: link never reaches body_html", async () => {
    const t = await load();
    const author = await t.createUser();
    const { id } = await t.newItem({ actor: author, input: { kind: "NEWS" } });
    const link = (href: string) => ({ type: "text", text: "bấm vào đây", marks: [{ type: "link", attrs: { href } }] });
    const bodyJson = { type: "doc", content: [{ type: "paragraph", content: [link("javascript:alert(document.cookie)"), { type: "text", text: " và " }, link("https://dangbo.example.vn/")] }] };
    await t.saveItem({ actor: author, input: saveInput(id, 1, { bodyJson }) });
    const item = await t.db.item.findUniqueOrThrow({ where: { id } });
    expect(item.bodyHtml).not.toMatch(/javascript/i);
    expect(item.bodyHtml).toContain('href="https://dangbo.example.vn/"');
    const revision = await t.db.revision.findFirstOrThrow({ where: { itemId: id }, orderBy: { id: "desc" } });
    expect(revision.bodyHtml).toBe(item.bodyHtml);
  });

  it("keeps sections, tags, co-authors and cover to what exists and is allowed", async () => {
    const t = await load();
    const author = await t.createUser();
    const [active, disabled] = [await t.createUser({ name: "Phạm Thu Hà" }), await t.createUser()];
    await t.db.user.update({ where: { id: disabled.id }, data: { isActive: false } });
    const [first, second] = [await t.createSection(), await t.createSection()];
    const image = await t.createMediaFile();
    const pdf = await t.createMediaFile({ kind: "PDF" });
    const existingTag = await t.db.tag.create({ data: { slug: "chuyen-doi-so", name: "Chuyển đổi số" } });
    const { id } = await t.newItem({ actor: author, input: { kind: "NEWS" } });

    await expect(t.saveItem({ actor: author, input: saveInput(id, 1, { coverImageId: pdf.id }) })).rejects.toMatchObject({ code: "VALIDATION" });
    await t.saveItem({
      actor: author,
      input: saveInput(id, 1, {
        isInDepth: true, // only an article can be in depth
        sectionIds: [second.id, 999_999, first.id, second.id],
        tags: ["chuyển đổi số", "Đại hội Đảng", "Đại Hội đảng", "!!!"],
        coAuthorIds: [active.id, author.id, disabled.id, active.id],
        coverImageId: image.id,
        coverAlt: "Quang cảnh hội nghị",
      }),
    });
    const item = await t.db.item.findUniqueOrThrow({
      where: { id },
      include: { sections: true, tags: { include: { tag: true } }, authors: { orderBy: { sortOrder: "asc" } } },
    });
    expect(item).toMatchObject({ isInDepth: false, coverImageId: image.id, coverAlt: "Quang cảnh hội nghị" });
    expect(item.sections.map((s) => [s.sectionId, s.isPrimary]).sort()).toEqual([[first.id, false], [second.id, true]].sort());
    expect(item.tags.map((x) => x.tag.name).sort()).toEqual(["Chuyển đổi số", "Đại hội Đảng"]);
    expect(item.tags.some((x) => x.tagId === existingTag.id)).toBe(true);
    expect(item.authors.map((a) => a.userId)).toEqual([author.id, active.id]);
  });

  it("lets the slug follow the title until the item is first published", async () => {
    const t = await load();
    const author = await t.createUser();
    const other = await t.newItem({ actor: author, input: { kind: "NEWS" } });
    await t.saveItem({ actor: author, input: saveInput(other.id, 1, { title: "Hội nghị Ban Chấp hành" }) });
    const { id } = await t.newItem({ actor: author, input: { kind: "NEWS" } });

    await t.saveItem({ actor: author, input: saveInput(id, 1, { title: "Hội nghị Ban Chấp hành" }) });
    expect((await t.db.item.findUniqueOrThrow({ where: { id } })).slug).toBe("hoi-nghi-ban-chap-hanh-2");
    await t.saveItem({ actor: author, input: saveInput(id, 2, { title: "Hội nghị Ban Chấp hành" }) });
    expect((await t.db.item.findUniqueOrThrow({ where: { id } })).slug).toBe("hoi-nghi-ban-chap-hanh-2");
    await t.saveItem({ actor: author, input: saveInput(id, 3, { title: "Hội nghị sơ kết quý III" }) });
    expect((await t.db.item.findUniqueOrThrow({ where: { id } })).slug).toBe("hoi-nghi-so-ket-quy-iii");

    // Published once: its address is out in the world and stays (a correction writes this way).
    const published = await t.db.item.update({ where: { id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    const written = await t.db.$transaction((tx) =>
      t.writeItemContent(tx, { item: published, actorId: author.id, isAutosave: false, input: saveInput(id, published.version, { title: "Tiêu đề đã đính chính" }) }),
    );
    expect(written.slug).toBe("hoi-nghi-so-ket-quy-iii");
    expect(await t.db.item.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Tiêu đề đã đính chính", slug: "hoi-nghi-so-ket-quy-iii" });
  });

  it("lets only the person holding the item edit it", async () => {
    const t = await load();
    const author = await t.createUser();
    const secretary = await t.createUser({ roles: ["SECRETARY"] });
    const board = await t.createUser({ roles: ["EDITORIAL_BOARD"] });
    const { id } = await t.newItem({ actor: author, input: { kind: "NEWS" } });

    // A draft is the author's alone: others do not even see it.
    await expect(t.saveItem({ actor: secretary, input: saveInput(id, 1) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await t.db.item.update({ where: { id }, data: { status: "SUBMITTED" } });
    await expect(t.saveItem({ actor: author, input: saveInput(id, 1) })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Bài đang chờ thư ký biên tập; bạn không sửa được lúc này.",
    });
    expect((await t.saveItem({ actor: secretary, input: saveInput(id, 1, { title: "Thư ký sửa" }) })).version).toBe(2);

    await t.db.item.update({ where: { id }, data: { status: "RETURNED" } });
    await expect(t.saveItem({ actor: secretary, input: saveInput(id, 2) })).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("trả lại tác giả") });
    await t.db.item.update({ where: { id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    await expect(t.saveItem({ actor: board, input: saveInput(id, 2) })).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("đính chính") });
    // A correction (đính chính) locks the same way in its own mode: the board only.
    const lockToCorrect = (actor: typeof author) => t.db.$transaction((tx) => t.lockItemForEdit(tx, { actor, itemId: id, version: 2, mode: "correct" }));
    await expect(lockToCorrect(board)).resolves.toMatchObject({ id, version: 2 });
    await expect(lockToCorrect(secretary)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await t.db.item.findUniqueOrThrow({ where: { id } })).title).toBe("Thư ký sửa");
  });
});
