// The one permission gate (lib/server/auth/authorize.ts) against a real
// database: a use case called directly never trusts its caller, a refusal
// leaves exactly one permission.denied row whoever refused it (the action's
// wrapper or the use case behind it), and an account whose set-up is pending
// is kept to its own account page.
import { describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/server/auth/current-user";
import { loadWith } from "@/tests/setup/load";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));

vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "10.9.8.7" }) }));
vi.mock("@/lib/server/auth/current-user", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => import("@/tests/setup/next-cache-passthrough"));

const database = setupTestDatabase();

const load = () =>
  loadWith(
    import("@/lib/server/auth/authorize"),
    import("@/lib/auth/account-setup"),
    import("@/lib/server/users/update-person"),
    import("@/lib/server/sections/create-section").then((m) => ({ createSectionCase: m.createSection })),
    import("@/lib/server/units/create-unit").then((m) => ({ createUnitCase: m.createUnit })),
    import("@/lib/server/banners/delete-banner"),
    import("@/lib/server/royalties/lock-royalty-month"),
    import("@/lib/actions/people"),
    import("@/lib/actions/campaigns"),
  );

type Loaded = Awaited<ReturnType<typeof load>>;
type StoredUser = Awaited<ReturnType<Loaded["createUser"]>>;

/** The person as a request sees them (what getCurrentUser answers). */
const signedIn = (user: StoredUser, setup: { isTotpEnabled?: boolean; mustChangePassword?: boolean } = {}): CurrentUser => ({
  id: user.id,
  name: user.name,
  email: user.email,
  position: user.position,
  roles: user.roles,
  isActive: true,
  unit: { id: user.unitId, name: "Đơn vị" },
  sessionId: `session-${user.id}`,
  isTotpEnabled: setup.isTotpEnabled ?? true,
  mustChangePassword: setup.mustChangePassword ?? false,
});

const formData = (values: Record<string, string | number>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.append(name, String(value));
  return data;
};

const denials = (t: Loaded, actorId: number) => t.db.auditLog.findMany({ where: { action: "permission.denied", actorId }, orderBy: { id: "asc" } });

describe(`authorize on ${database.kind}`, () => {
  it("refuses a contributor calling the administrator's use cases directly, one audit row each, nothing written", async () => {
    const t = await load();
    const contributor = await t.createUser({ roles: ["CONTRIBUTOR"] });
    const person = await t.createUser({ roles: ["CONTRIBUTOR"] });
    const sectionsBefore = await t.db.section.count();
    const unitsBefore = await t.db.unit.count();

    const change = { userId: person.id, name: person.name, position: person.position, unitId: person.unitId, roles: ["ADMINISTRATOR" as const] };
    await expect(t.updatePerson({ actor: contributor, ip: "10.0.0.5", input: change })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Bạn không có quyền thực hiện thao tác này.",
    });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: person.id } })).roles).toEqual(["CONTRIBUTOR"]);
    expect(await denials(t, contributor.id)).toEqual([
      expect.objectContaining({ result: "DENIED", ip: "10.0.0.5", objectType: null, objectId: null, details: { capability: "people.manage" } }),
    ]);

    const section = { name: "Chuyên mục lạ", description: null, cadence: "NONE" as const, cadenceTarget: 0 };
    await expect(t.createSectionCase({ actor: contributor, input: section })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(t.createUnitCase({ actor: contributor, input: { name: "Đơn vị lạ", shortName: null, kind: "CELL", parentId: null } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(t.deleteBanner({ actor: contributor, bannerId: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(t.lockRoyaltyMonth({ actor: contributor, period: "2020-01" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await t.db.section.count()).toBe(sectionsBefore);
    expect(await t.db.unit.count()).toBe(unitsBefore);
    expect((await denials(t, contributor.id)).map((row) => (row.details as { capability: string }).capability)).toEqual([
      "people.manage",
      "sections.manage",
      "units.manage",
      "banners.manage",
      "royalties.manage",
    ]);
  });

  it("one refused action writes one row: at the wrapper, or at the use case when the wrapper lets it through", async () => {
    const t = await load();
    const contributor = await t.createUser({ roles: ["CONTRIBUTOR"] });
    const person = await t.createUser({ roles: ["CONTRIBUTOR"] });
    session.user = signedIn(contributor);

    // The wrapper refuses (people.manage): the use case never runs.
    const update = formData({ userId: person.id, name: "Đổi tên", position: "STAFF", unitId: person.unitId, roles: "ADMINISTRATOR" });
    expect(await t.updatePersonAction({ ok: true }, update)).toEqual({ ok: false, error: "Bạn không có quyền thực hiện thao tác này." });
    expect(await denials(t, contributor.id)).toEqual([
      expect.objectContaining({ ip: "10.9.8.7", details: { capability: "people.manage" } }),
    ]);

    // The wrapper asks only for the back office; the use case refuses (campaigns.manage or items.review).
    expect(await t.attachCampaignItemAction({ ok: true }, formData({ campaignId: 1, itemId: 1 }))).toEqual({
      ok: false,
      error: "Bạn không có quyền đưa tin, bài vào chuyên trang.",
    });
    const rows = await denials(t, contributor.id);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ ip: "10.9.8.7", details: { capability: ["campaigns.manage", "items.review"] } });
    session.user = null;
  });

  it("keeps an account with a pending set-up to its own account, without counting it as a denial", async () => {
    const t = await load();
    const admin = await t.createUser({ roles: ["ADMINISTRATOR"] });
    const person = await t.createUser({ roles: ["CONTRIBUTOR"] });

    const temporary = signedIn(admin, { mustChangePassword: true });
    await expect(t.authorize(temporary, "people.manage")).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: t.PENDING_SETUP_MESSAGES.CHANGE_PASSWORD,
    });
    await expect(t.authorize(temporary, "account.manage-own")).resolves.toBeUndefined();
    // Two-step sign-in is required of administrators (REQUIRE_2FA_FOR_ADMIN, on by default).
    const withoutSecondStep = signedIn(admin, { isTotpEnabled: false });
    await expect(t.authorize(withoutSecondStep, "people.manage")).rejects.toMatchObject({ message: t.PENDING_SETUP_MESSAGES.ENROL_TOTP });
    expect(await t.authorizationDenial(withoutSecondStep, "people.manage")).toMatchObject({ pending: "ENROL_TOTP" });

    // Through an action: the set-up message, nothing changed, nothing audited.
    session.user = withoutSecondStep;
    const update = formData({ userId: person.id, name: "Đổi tên", position: "STAFF", unitId: person.unitId, roles: "CONTRIBUTOR" });
    expect(await t.updatePersonAction({ ok: true }, update)).toEqual({ ok: false, error: t.PENDING_SETUP_MESSAGES.ENROL_TOTP });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: person.id } })).name).toBe(person.name);
    expect(await denials(t, admin.id)).toEqual([]);

    // Set up, the same person goes through; a stored account without a session (a job, a script) is judged on roles alone.
    await expect(t.authorize(signedIn(admin), "people.manage")).resolves.toBeUndefined();
    await expect(t.authorize(admin, "people.manage")).resolves.toBeUndefined();
    session.user = null;
  });
});
