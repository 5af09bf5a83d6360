// Units and sections as the administrator changes them, against a real
// database: no cycles in the tree, no deleting history, readable unique
// slugs, and every change audited.
import { describe, expect, it, vi } from "vitest";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

// listVisibleSections is wrapped in unstable_cache, which needs a Next request.
vi.mock("next/cache", () => import("@/tests/setup/next-cache-passthrough"));

const database = setupTestDatabase();

async function load() {
  const factories = await import("@/tests/factories");
  const { db } = await import("@/lib/db");
  return {
    ...factories,
    db,
    createUnitCase: (await import("@/lib/server/units/create-unit")).createUnit,
    moveUnit: (await import("@/lib/server/units/move-unit")).moveUnit,
    deleteUnit: (await import("@/lib/server/units/delete-unit")).deleteUnit,
    setUnitActive: (await import("@/lib/server/units/set-unit-active")).setUnitActive,
    createSectionCase: (await import("@/lib/server/sections/create-section")).createSection,
    updateSection: (await import("@/lib/server/sections/update-section")).updateSection,
    moveSection: (await import("@/lib/server/sections/move-section")).moveSection,
    setSectionVisibility: (await import("@/lib/server/sections/set-section-visibility")).setSectionVisibility,
    listSections: (await import("@/lib/server/sections/list-sections")).listSections,
  };
}

describe(`units on ${database.kind}`, () => {
  it("moves a unit, but never under itself or one of its descendants", async () => {
    const t = await load();
    const admin = await t.createUser({ roles: ["ADMINISTRATOR"] });
    const root = await t.createUnitCase({ actorId: admin.id, input: { name: "Đảng ủy Khối", shortName: "ĐUK", kind: "COMMITTEE", parentId: null } });
    const grassroots = await t.createUnitCase({ actorId: admin.id, input: { name: "Đảng bộ Sở Y tế", shortName: null, kind: "GRASSROOTS", parentId: root.id } });
    const cell = await t.createUnitCase({ actorId: admin.id, input: { name: "Chi bộ Phòng Nghiệp vụ", shortName: null, kind: "CELL", parentId: grassroots.id } });
    const other = await t.createUnitCase({ actorId: admin.id, input: { name: "Đảng bộ Sở Tư pháp", shortName: null, kind: "GRASSROOTS", parentId: root.id } });

    await expect(t.moveUnit({ actorId: admin.id, input: { unitId: root.id, parentId: cell.id } })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(t.moveUnit({ actorId: admin.id, input: { unitId: grassroots.id, parentId: grassroots.id } })).rejects.toMatchObject({ code: "VALIDATION" });
    expect((await t.db.unit.findUniqueOrThrow({ where: { id: root.id } })).parentId).toBeNull();

    await t.moveUnit({ actorId: admin.id, ip: "10.0.0.2", input: { unitId: cell.id, parentId: other.id } });
    expect((await t.db.unit.findUniqueOrThrow({ where: { id: cell.id } })).parentId).toBe(other.id);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "units.move", objectId: String(cell.id) } });
    expect(audit).toMatchObject({ actorId: admin.id, ip: "10.0.0.2", result: "SUCCESS" });
    expect(audit.details).toEqual({ fromParentId: grassroots.id, toParentId: other.id });
    expect(await t.db.auditLog.count({ where: { action: "units.create" } })).toBe(4);
  });

  it("never deletes a unit with people or items; an empty one can go", async () => {
    const t = await load();
    const admin = await t.createUser({ roles: ["ADMINISTRATOR"] });
    const withPeople = await t.createUnit();
    await t.createUser({ unitId: withPeople.id });
    const withItems = await t.createUnit();
    await t.createItem({ unitId: withItems.id });
    const empty = await t.createUnit();

    await expect(t.deleteUnit({ actorId: admin.id, unitId: withPeople.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(t.deleteUnit({ actorId: admin.id, unitId: withItems.id })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await t.db.unit.count({ where: { id: { in: [withPeople.id, withItems.id] } } })).toBe(2);

    await t.setUnitActive({ actorId: admin.id, unitId: withPeople.id, isActive: false });
    expect((await t.db.unit.findUniqueOrThrow({ where: { id: withPeople.id } })).isActive).toBe(false);

    await t.deleteUnit({ actorId: admin.id, unitId: empty.id });
    expect(await t.db.unit.findUnique({ where: { id: empty.id } })).toBeNull();
    const actions = (await t.db.auditLog.findMany({ where: { objectId: { in: [withPeople.id, withItems.id, empty.id].map(String) } } })).map((row) => row.action).sort();
    expect(actions).toEqual(["units.deactivate", "units.delete"]);
  });
});

describe(`sections on ${database.kind}`, () => {
  it("creates sections with unique readable Vietnamese slugs, at the end of the order", async () => {
    const t = await load();
    const admin = await t.createUser({ roles: ["ADMINISTRATOR"] });
    await t.createSection({ name: "Cũ", slug: "theo-guong-bac", sortOrder: 5 });
    const input = { name: "Theo gương Bác", description: null, cadence: "DAILY" as const, cadenceTarget: 1 };
    const first = await t.createSectionCase({ actorId: admin.id, input });
    const second = await t.createSectionCase({ actorId: admin.id, input });
    const dd = await t.createSectionCase({ actorId: admin.id, input: { ...input, name: "Đảng viên điển hình" } });
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
    const renamed = await t.updateSection({ actorId: admin.id, input: { ...base, name: "Công tác xây dựng Đảng" } });
    expect(renamed).toMatchObject({ slug: "xay-dung-dang", name: "Công tác xây dựng Đảng", cadence: "WEEKLY", cadenceTarget: 2 });
    await expect(t.updateSection({ actorId: admin.id, input: { ...base, name: "X Y", slug: taken.slug } })).rejects.toMatchObject({ code: "CONFLICT" });
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
    await t.moveSection({ actorId: admin.id, sectionId: c.id, direction: "up" });
    expect(await names()).toEqual(["A", "C", "B"]);
    // The first section cannot go further up: nothing changes, nothing is logged.
    const [top] = await t.listSections();
    await t.moveSection({ actorId: admin.id, sectionId: top.id, direction: "up" });
    expect((await t.listSections())[0].id).toBe(top.id);
    expect(await t.db.auditLog.count({ where: { action: "sections.reorder" } })).toBe(1);

    await t.setSectionVisibility({ actorId: admin.id, sectionId: b.id, isVisible: false });
    const { listVisibleSections } = await import("@/lib/server/sections/list-visible-sections");
    expect((await listVisibleSections()).map((s) => s.id)).not.toContain(b.id);
    expect(await t.db.auditLog.count({ where: { action: "sections.hide", objectId: String(b.id) } })).toBe(1);
  });
});
