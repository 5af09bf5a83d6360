// Sections as the administrator changes them, against a real database:
// readable unique slugs, order and visibility, and every change audited.
import { describe, expect, it, vi } from "vitest";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

// listVisibleSections is wrapped in unstable_cache, which needs a Next request.
vi.mock("next/cache", () => import("@/tests/setup/next-cache-passthrough"));

const database = setupTestDatabase();

const load = () =>
  loadWith(
    import("@/lib/server/sections/create-section").then((m) => ({ createSectionCase: m.createSection })),
    import("@/lib/server/sections/update-section"),
    import("@/lib/server/sections/move-section"),
    import("@/lib/server/sections/set-section-visibility"),
    import("@/lib/server/sections/list-sections"),
  );

describe(`sections on ${database.kind}`, () => {
  it("creates sections with unique readable Vietnamese slugs, at the end of the order", async () => {
    const t = await load();
    const admin = await t.createUser({ roles: ["ADMINISTRATOR"] });
    await t.createSection({ name: "Cũ", slug: "theo-guong-bac", sortOrder: 5 });
    const input = { name: "Theo gương Bác", description: null, cadence: "DAILY" as const, cadenceTarget: 1 };
    const first = await t.createSectionCase({ actor: admin, input });
    const second = await t.createSectionCase({ actor: admin, input });
    const dd = await t.createSectionCase({ actor: admin, input: { ...input, name: "Đảng viên điển hình" } });
    expect([first.slug, second.slug, dd.slug]).toEqual(["theo-guong-bac-2", "theo-guong-bac-3", "dang-vien-dien-hinh"]);
    const { _max } = await t.db.section.aggregate({ where: { id: { notIn: [first.id, second.id, dd.id] } }, _max: { sortOrder: true } });
    expect([first.sortOrder, second.sortOrder, dd.sortOrder]).toEqual([1, 2, 3].map((n) => (_max.sortOrder ?? 0) + n));
    expect(await t.db.auditLog.count({ where: { action: "sections.create" } })).toBe(3);
  });

  it("renaming keeps the slug unless a new one is given, and refuses a taken one", async () => {
    const t = await load();
    const admin = await t.createUser({ roles: ["ADMINISTRATOR"] });
    const section = await t.createSection({ name: "Xây dựng Đảng", slug: "xay-dung-dang" });
    const taken = await t.createSection({ slug: "da-co" });
    const base = { sectionId: section.id, description: null, cadence: "WEEKLY" as const, cadenceTarget: 2, slug: undefined };
    const renamed = await t.updateSection({ actor: admin, input: { ...base, name: "Công tác xây dựng Đảng" } });
    expect(renamed).toMatchObject({ slug: "xay-dung-dang", name: "Công tác xây dựng Đảng", cadence: "WEEKLY", cadenceTarget: 2 });
    await expect(t.updateSection({ actor: admin, input: { ...base, name: "X Y", slug: taken.slug } })).rejects.toMatchObject({ code: "CONFLICT" });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "sections.update", objectId: String(section.id) } });
    expect(audit.details).toMatchObject({ from: { name: "Xây dựng Đảng" }, to: { name: "Công tác xây dựng Đảng" } });
  });

  it("reorders with up/down and hides a section from readers", async () => {
    const t = await load();
    const admin = await t.createUser({ roles: ["ADMINISTRATOR"] });
    // At the end of the order; A and B tie (old data may), the id decides.
    const a = await t.createSection({ name: "A", sortOrder: 1000 });
    const b = await t.createSection({ name: "B", sortOrder: 1000 });
    const c = await t.createSection({ name: "C", sortOrder: 1001 });
    const names = async () => (await t.listSections()).filter((s) => [a.id, b.id, c.id].includes(s.id)).map((s) => s.name);
    expect(await names()).toEqual(["A", "B", "C"]);
    await t.moveSection({ actor: admin, sectionId: c.id, direction: "up" });
    expect(await names()).toEqual(["A", "C", "B"]);
    // The first section cannot go further up: nothing changes, nothing is logged.
    const [top] = await t.listSections();
    await t.moveSection({ actor: admin, sectionId: top.id, direction: "up" });
    expect((await t.listSections())[0].id).toBe(top.id);
    expect(await t.db.auditLog.count({ where: { action: "sections.reorder" } })).toBe(1);

    await t.setSectionVisibility({ actor: admin, sectionId: b.id, isVisible: false });
    const { listVisibleSections } = await import("@/lib/server/sections/list-visible-sections");
    expect((await listVisibleSections()).map((s) => s.id)).not.toContain(b.id);
    expect(await t.db.auditLog.count({ where: { action: "sections.hide", objectId: String(b.id) } })).toBe(1);
  });
});
