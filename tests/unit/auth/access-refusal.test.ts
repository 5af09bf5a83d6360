// The pure rule under authorize(): the capability first, then the pending
// set-up of a signed-in person (never for their own account, never for an
// actor without a session).
import { describe, expect, it } from "vitest";
import { meetsRequirement, refusalOf } from "@/lib/auth/access-refusal";
import type { Role } from "@/lib/generated/prisma/enums";

const actor = (roles: Role[]) => ({ id: 1, roles });
const session = (roles: Role[], setup: { isTotpEnabled?: boolean; mustChangePassword?: boolean } = {}) => ({
  ...actor(roles),
  sessionId: "s",
  isTotpEnabled: setup.isTotpEnabled ?? true,
  mustChangePassword: setup.mustChangePassword ?? false,
});

describe("refusalOf", () => {
  it("refuses a missing capability before anything else", () => {
    expect(refusalOf(actor(["CONTRIBUTOR"]), "people.manage", true)).toEqual({ reason: "capability" });
    expect(refusalOf(session(["CONTRIBUTOR"], { mustChangePassword: true }), "people.manage", true)).toEqual({ reason: "capability" });
    expect(refusalOf({ ...actor(["ADMINISTRATOR"]), isActive: false }, "people.manage", false)).toEqual({ reason: "capability" });
  });

  it("any of several capabilities will do", () => {
    const either = ["campaigns.manage", "items.review"] as const;
    expect(meetsRequirement(actor(["SECRETARY"]), either)).toBe(true);
    expect(meetsRequirement(actor(["ADMINISTRATOR"]), either)).toBe(true);
    expect(refusalOf(actor(["CONTRIBUTOR"]), either, true)).toEqual({ reason: "capability" });
  });

  it("keeps a signed-in person with a pending set-up to their own account", () => {
    expect(refusalOf(session(["CONTRIBUTOR"], { mustChangePassword: true }), "items.write-own", false)).toEqual({ reason: "setup", pending: "CHANGE_PASSWORD" });
    expect(refusalOf(session(["CONTRIBUTOR"], { mustChangePassword: true }), "account.manage-own", false)).toBeNull();
    expect(refusalOf(session(["ADMINISTRATOR"], { isTotpEnabled: false }), "people.manage", true)).toEqual({ reason: "setup", pending: "ENROL_TOTP" });
    expect(refusalOf(session(["ADMINISTRATOR"], { isTotpEnabled: false }), "people.manage", false)).toBeNull();
    expect(refusalOf(session(["CONTRIBUTOR"], { isTotpEnabled: false }), "items.write-own", true)).toBeNull();
    expect(refusalOf(session(["ADMINISTRATOR"]), "people.manage", true)).toBeNull();
  });

  it("judges an actor without a session (a job, a script) on roles alone", () => {
    expect(refusalOf({ ...actor(["ADMINISTRATOR"]), isTotpEnabled: false, mustChangePassword: true }, "people.manage", true)).toBeNull();
  });
});
