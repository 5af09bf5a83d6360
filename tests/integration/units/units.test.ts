// Units as the administrator changes them, against a real database: no
// cycles in the tree, no deleting history, and every change audited.
import { describe, expect, it } from "vitest";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

const database = setupTestDatabase();

const load = () =>
  loadWith(
    import("@/lib/server/units/create-unit").then((m) => ({ createUnitCase: m.createUnit })),
    import("@/lib/server/units/move-unit"),
    import("@/lib/server/units/delete-unit"),
    import("@/lib/server/units/set-unit-active"),
  );

describe(`units on ${database.kind}`, () => {
  it("moves a unit, but never under itself or one of its descendants", async () => {
    const t = await load();
    const admin = await t.createUser({ roles: ["ADMINISTRATOR"] });
    const root = await t.createUnitCase({ actor: admin, input: { name: "Đảng ủy Khối", shortName: "ĐUK", kind: "COMMITTEE", parentId: null } });
    const grassroots = await t.createUnitCase({ actor: admin, input: { name: "Đảng bộ Sở Y tế", shortName: null, kind: "GRASSROOTS", parentId: root.id } });
    const cell = await t.createUnitCase({ actor: admin, input: { name: "Chi bộ Phòng Nghiệp vụ", shortName: null, kind: "CELL", parentId: grassroots.id } });
    const other = await t.createUnitCase({ actor: admin, input: { name: "Đảng bộ Sở Tư pháp", shortName: null, kind: "GRASSROOTS", parentId: root.id } });

    await expect(t.moveUnit({ actor: admin, input: { unitId: root.id, parentId: cell.id } })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(t.moveUnit({ actor: admin, input: { unitId: grassroots.id, parentId: grassroots.id } })).rejects.toMatchObject({ code: "VALIDATION" });
    expect((await t.db.unit.findUniqueOrThrow({ where: { id: root.id } })).parentId).toBeNull();

    await t.moveUnit({ actor: admin, ip: "10.0.0.2", input: { unitId: cell.id, parentId: other.id } });
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

    await expect(t.deleteUnit({ actor: admin, unitId: withPeople.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(t.deleteUnit({ actor: admin, unitId: withItems.id })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await t.db.unit.count({ where: { id: { in: [withPeople.id, withItems.id] } } })).toBe(2);

    await t.setUnitActive({ actor: admin, unitId: withPeople.id, isActive: false });
    expect((await t.db.unit.findUniqueOrThrow({ where: { id: withPeople.id } })).isActive).toBe(false);

    await t.deleteUnit({ actor: admin, unitId: empty.id });
    expect(await t.db.unit.findUnique({ where: { id: empty.id } })).toBeNull();
    const actions = (await t.db.auditLog.findMany({ where: { objectId: { in: [withPeople.id, withItems.id, empty.id].map(String) } } })).map((row) => row.action).sort();
    expect(actions).toEqual(["units.deactivate", "units.delete"]);
  });
});
