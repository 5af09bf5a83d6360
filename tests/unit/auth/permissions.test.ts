// The whole permission matrix, written out by hand from PRODUCT.md's table of
// who does what. It is deliberately NOT derived from ROLE_CAPABILITIES: a
// capability added to or dropped from a role by mistake must fail here.
import { describe, expect, it } from "vitest";
import { CAPABILITIES, ROLE_CAPABILITIES, can, capabilitiesOf, type Actor, type Capability } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

const ROLES: Role[] = ["CONTRIBUTOR", "SECRETARY", "EDITORIAL_BOARD", "STANDING_COMMITTEE", "ADMINISTRATOR"];

// Columns: contributor (CTV), secretary (TK), editorial board (BBT),
// standing committee (BTV), administrator (QT). 1 = allowed, 0 = refused.
//                                            CTV TK BBT BTV QT
const MATRIX: Record<Capability, [0 | 1, 0 | 1, 0 | 1, 0 | 1, 0 | 1]> = {
  "backoffice.enter":                         [1, 1, 1, 1, 1],
  "account.manage-own":                       [1, 1, 1, 1, 1],
  "items.write-own":                          [1, 0, 0, 0, 0],
  "items.review":                             [0, 1, 1, 0, 0],
  "items.publish":                            [0, 0, 1, 0, 0],
  "documents.manage":                         [0, 1, 1, 0, 0],
  "documents.publish":                        [0, 0, 1, 0, 0],
  "media.upload":                             [1, 1, 1, 0, 1],
  "quotas.read":                              [0, 1, 1, 1, 0],
  "reports.read":                             [0, 1, 1, 1, 0],
  "people.manage":                            [0, 0, 0, 0, 1],
  "units.manage":                             [0, 0, 0, 0, 1],
  "sections.manage":                          [0, 0, 0, 0, 1],
  "campaigns.manage":                         [0, 0, 1, 0, 1],
  "banners.manage":                           [0, 0, 1, 0, 1],
  "channels.record":                          [0, 1, 1, 0, 0],
  "quota-rules.manage":                       [0, 0, 0, 0, 1],
  "royalties.grade":                          [0, 0, 1, 0, 0],
  "royalties.manage":                         [0, 1, 1, 0, 0],
  "royalty-rates.manage":                     [0, 0, 0, 0, 1],
  "audit.read":                               [0, 0, 0, 0, 1],
};

const actor = (...roles: Role[]): Actor => ({ id: 1, roles, isActive: true });
const allowed = (role: Role, capability: Capability) => MATRIX[capability][ROLES.indexOf(role)] === 1;

// Capabilities that change something (everything except reading and entering).
const READ_ONLY: Capability[] = ["backoffice.enter", "quotas.read", "reports.read", "audit.read"];

describe("permission matrix", () => {
  it("the table in this test covers exactly the capabilities and roles of the app", () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...CAPABILITIES].sort());
    expect(Object.keys(ROLE_CAPABILITIES).sort()).toEqual([...ROLES].sort());
  });

  for (const role of ROLES) {
    describe(role, () => {
      for (const capability of CAPABILITIES) {
        const expected = allowed(role, capability);
        it(`${expected ? "may" : "may not"} ${capability}`, () => {
          expect(can(actor(role), capability)).toBe(expected);
        });
      }

      it("capabilitiesOf lists exactly the allowed capabilities", () => {
        const expected = CAPABILITIES.filter((capability) => allowed(role, capability));
        expect([...capabilitiesOf(actor(role))].sort()).toEqual([...expected].sort());
      });
    });
  }
});

describe("several roles", () => {
  it("a secretary who is also a contributor holds the union of both", () => {
    const both = actor("SECRETARY", "CONTRIBUTOR");
    for (const capability of CAPABILITIES) {
      const expected = allowed("SECRETARY", capability) || allowed("CONTRIBUTOR", capability);
      expect(can(both, capability), capability).toBe(expected);
    }
    // The point of holding both: writing own items and reviewing others'.
    expect(can(both, "items.write-own")).toBe(true);
    expect(can(both, "items.review")).toBe(true);
    expect(can(both, "people.manage")).toBe(false);
  });

  it("the order of the roles does not matter", () => {
    for (const capability of CAPABILITIES) {
      expect(can(actor("CONTRIBUTOR", "ADMINISTRATOR"), capability)).toBe(can(actor("ADMINISTRATOR", "CONTRIBUTOR"), capability));
    }
  });
});

describe("nobody gets anything without an active account", () => {
  it("a disabled account is refused every capability, whatever its roles", () => {
    const disabled: Actor = { id: 1, roles: ROLES, isActive: false };
    for (const capability of CAPABILITIES) expect(can(disabled, capability), capability).toBe(false);
    expect(capabilitiesOf(disabled).size).toBe(0);
  });

  it("no actor (signed out) is refused every capability", () => {
    for (const capability of CAPABILITIES) {
      expect(can(null, capability), capability).toBe(false);
      expect(can(undefined, capability), capability).toBe(false);
    }
  });

  it("an account with no role is refused every capability", () => {
    for (const capability of CAPABILITIES) expect(can(actor(), capability), capability).toBe(false);
  });
});

describe("rules that must hold whatever the table grows into", () => {
  it("every role may enter the back office and manage its own account", () => {
    for (const role of ROLES) {
      expect(can(actor(role), "backoffice.enter"), role).toBe(true);
      expect(can(actor(role), "account.manage-own"), role).toBe(true);
    }
  });

  it("only the administrator manages people, units, sections and reads the audit log", () => {
    for (const capability of ["people.manage", "units.manage", "sections.manage", "audit.read"] as const) {
      for (const role of ROLES) expect(can(actor(role), capability), `${role} ${capability}`).toBe(role === "ADMINISTRATOR");
    }
  });

  it("the standing committee is read-only: it may change nothing but its own account", () => {
    const committee = actor("STANDING_COMMITTEE");
    for (const capability of CAPABILITIES) {
      if (READ_ONLY.includes(capability) || capability === "account.manage-own") continue;
      expect(can(committee, capability), capability).toBe(false);
    }
  });

  it("only the editorial board publishes", () => {
    for (const role of ROLES) {
      expect(can(actor(role), "items.publish"), role).toBe(role === "EDITORIAL_BOARD");
      expect(can(actor(role), "documents.publish"), role).toBe(role === "EDITORIAL_BOARD");
    }
  });
});
