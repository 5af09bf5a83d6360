// The administrator's use cases on people against a real database: every
// change writes its audit row, role changes and disabling end sessions at
// once, and an administrator cannot lock themself out.
import { describe, expect, it } from "vitest";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

const database = setupTestDatabase();

const load = () =>
  loadWith(
    import("@/lib/server/users/create-person"),
    import("@/lib/server/users/update-person"),
    import("@/lib/server/users/set-person-active"),
    import("@/lib/server/users/list-people"),
    import("@/lib/server/auth/password"),
  );

async function openSession(userId: number) {
  const { db } = await import("@/lib/db");
  return db.userSession.create({
    data: { id: `s-${userId}-${Math.random().toString(36).slice(2)}`, userId, expiresAt: new Date(Date.now() + 3_600_000) },
  });
}

describe(`people administration on ${database.kind}`, () => {
  it("creates a person with a temporary password that must be changed, and audits it", async () => {
    const t = await load();
    const admin = await t.createUser({ roles: ["ADMINISTRATOR"] });
    const unit = await t.createUnit({ name: "Ban Tuyên giáo" });
    const { person, temporaryPassword } = await t.createPerson({
      actor: admin,
      ip: "10.0.0.9",
      input: { name: "Trần Thị Bích", email: "bich@example.test", position: "DEPUTY", unitId: unit.id, roles: ["CONTRIBUTOR", "SECRETARY"] },
    });
    const stored = await t.db.user.findUniqueOrThrow({ where: { id: person.id }, omit: { passwordHash: false } });
    expect(stored).toMatchObject({ roles: ["CONTRIBUTOR", "SECRETARY"], position: "DEPUTY", unitId: unit.id, mustChangePassword: true, isActive: true });
    expect(await t.verifyPassword(stored.passwordHash, temporaryPassword)).toBe(true);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "people.create", objectId: String(person.id) } });
    expect(audit).toMatchObject({ actorId: admin.id, ip: "10.0.0.9", result: "SUCCESS", objectType: "user" });
    expect(JSON.stringify(audit.details)).not.toContain(temporaryPassword);

    await expect(
      t.createPerson({ actor: admin, input: { name: "Người khác", email: "bich@example.test", position: "STAFF", unitId: unit.id, roles: ["CONTRIBUTOR"] } }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "Thư điện tử này đã có tài khoản." });
  });

  it("changing roles writes an audit row and ends the person's sessions at once", async () => {
    const t = await load();
    const admin = await t.createUser({ roles: ["ADMINISTRATOR"] });
    const person = await t.createUser({ roles: ["CONTRIBUTOR"] });
    const session = await openSession(person.id);
    await t.updatePerson({
      actor: admin,
      ip: "10.0.0.1",
      input: { userId: person.id, name: person.name, position: person.position, unitId: person.unitId, roles: ["CONTRIBUTOR", "EDITORIAL_BOARD"] },
    });
    const after = await t.db.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(after.roles).toEqual(["CONTRIBUTOR", "EDITORIAL_BOARD"]);
    expect(after.sessionVersion).toBe(person.sessionVersion + 1);
    expect((await t.db.userSession.findUniqueOrThrow({ where: { id: session.id } })).revokedAt).not.toBeNull();
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "people.update-roles", objectId: String(person.id) } });
    expect(audit).toMatchObject({ actorId: admin.id, result: "SUCCESS" });
    expect(audit.details).toEqual({ from: ["CONTRIBUTOR"], to: ["CONTRIBUTOR", "EDITORIAL_BOARD"] });
  });

  it("a change of position alone keeps sessions and is audited as an update", async () => {
    const t = await load();
    const admin = await t.createUser({ roles: ["ADMINISTRATOR"] });
    const person = await t.createUser({ roles: ["CONTRIBUTOR"], position: "STAFF" });
    const session = await openSession(person.id);
    await t.updatePerson({ actor: admin, input: { userId: person.id, name: person.name, position: "HEAD", unitId: person.unitId, roles: ["CONTRIBUTOR"] } });
    expect((await t.db.userSession.findUniqueOrThrow({ where: { id: session.id } })).revokedAt).toBeNull();
    expect(await t.db.auditLog.count({ where: { action: "people.update-roles", objectId: String(person.id) } })).toBe(0);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "people.update", objectId: String(person.id) } });
    expect(audit.details).toEqual({ from: { position: "STAFF" }, to: { position: "HEAD" } });
  });

  it("an administrator can neither drop their own administrator role nor disable themself", async () => {
    const t = await load();
    const admin = await t.createUser({ roles: ["ADMINISTRATOR"] });
    await expect(
      t.updatePerson({ actor: admin, input: { userId: admin.id, name: admin.name, position: admin.position, unitId: admin.unitId, roles: ["CONTRIBUTOR"] } }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(t.setPersonActive({ actor: admin, userId: admin.id, isActive: false })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ roles: ["ADMINISTRATOR"], isActive: true });
  });

  it("disabling ends sessions; enabling again is audited too", async () => {
    const t = await load();
    const admin = await t.createUser({ roles: ["ADMINISTRATOR"] });
    const person = await t.createUser();
    const session = await openSession(person.id);
    await t.setPersonActive({ actor: admin, userId: person.id, isActive: false });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: person.id } })).isActive).toBe(false);
    expect((await t.db.userSession.findUniqueOrThrow({ where: { id: session.id } })).revokedAt).not.toBeNull();
    await t.setPersonActive({ actor: admin, userId: person.id, isActive: true });
    const actions = await t.db.auditLog.findMany({ where: { objectId: String(person.id), action: { startsWith: "people." } }, orderBy: { id: "asc" } });
    expect(actions.map((row) => row.action)).toEqual(["people.disable", "people.enable"]);
  });

  it("searches names without diacritics and filters by role, unit and status", async () => {
    const t = await load();
    const unit = await t.createUnit();
    const nguyen = await t.createUser({ name: "Nguyễn Văn Đức", unitId: unit.id, roles: ["SECRETARY"] });
    await t.createUser({ name: "Lê Thị Hoa", unitId: unit.id });
    const found = await t.listPeople({ q: "nguyen van duc", status: "all" }, 1);
    expect(found.people.map((p) => p.id)).toEqual([nguyen.id]);
    expect((await t.listPeople({ unitId: unit.id, role: "SECRETARY", status: "all" }, 1)).people.map((p) => p.id)).toEqual([nguyen.id]);
    expect((await t.listPeople({ unitId: unit.id, status: "inactive" }, 1)).total).toBe(0);
    expect((await t.listPeople({ unitId: unit.id, status: "active" }, 1)).total).toBe(2);
    expect((await t.listPeople({ q: "100%_", status: "all" }, 1)).total).toBe(0);
  });
});
