// `npm run create-admin`'s use case against a real database: the account,
// its unit (found by name or created) and the audit row, in one go.
import { describe, expect, it } from "vitest";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

const database = setupTestDatabase();

const load = () => loadWith(import("@/lib/server/users/create-first-administrator"), import("@/lib/server/auth/password"));

describe(`create-admin on ${database.kind}`, () => {
  it("creates an administrator in a new unit, with the password hashed and the creation audited", async () => {
    const t = await load();
    const { id } = await t.createFirstAdministrator({ email: "quan.tri@example.test", name: "Nguyễn Văn An", unitName: "Văn phòng mới", password: "Mot cau mat khau dai 2026!" });
    const stored = await t.db.user.findUniqueOrThrow({ where: { id }, include: { unit: true }, omit: { passwordHash: false } });
    expect(stored).toMatchObject({ roles: ["ADMINISTRATOR"], position: "STAFF", unit: { name: "Văn phòng mới", kind: "COMMITTEE" } });
    expect(await t.verifyPassword(stored.passwordHash, "Mot cau mat khau dai 2026!")).toBe(true);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "people.create", objectId: String(id) } });
    expect(audit).toMatchObject({ actorId: null, result: "SUCCESS", objectType: "user", details: { via: "create-admin", roles: ["ADMINISTRATOR"] } });
  });

  it("puts the administrator in an existing unit of that name and sees the e-mail as taken in any case", async () => {
    const t = await load();
    const unit = await t.createUnit({ name: "Ban Tổ chức" });
    const { id } = await t.createFirstAdministrator({ email: "to.chuc@example.test", name: "Lê Thị Bình", unitName: "Ban Tổ chức", password: "Mot cau mat khau dai 2026!" });
    expect(await t.db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ unitId: unit.id });
    expect(await t.isEmailTaken("TO.CHUC@example.test")).toBe(true);
    expect(await t.isEmailTaken("khac@example.test")).toBe(false);
  });
});
