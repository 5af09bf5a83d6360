import type { Role } from "@/lib/generated/prisma/enums";

// Who may do what: one declarative map, enforced on the server by
// authorize() (lib/server/auth/authorize.ts, over `can()`) in every action,
// back-office page, file route and mutation use case, whatever the UI shows.

export const CAPABILITIES = [
  "backoffice.enter",
  "account.manage-own", // change own password, two-step sign-in, own sessions
  "items.write-own", // write, submit, withdraw, revise own items
  "items.review", // secretary: edit, note, return, reject, forward
  "items.publish", // board: approve, schedule, unpublish, correct, feature
  "documents.manage", // add and edit directive documents
  "documents.publish",
  "media.upload",
  "quotas.read", // the yearly quota report
  "reports.read", // periodic reports
  "people.manage", // accounts, roles, positions, units of people; resets; unlock
  "units.manage",
  "sections.manage",
  "campaigns.manage", // campaign pages (chuyên trang): create, attach items and documents, archive
  "banners.manage", // home-page banners and link banners
  "channels.record", // mark an item "đã đăng fanpage" / "đã phát thanh"
  "quota-rules.manage",
  "royalties.grade", // board: grade a published item, correct a grade
  "royalties.manage", // monthly royalty sheet: check, lock, unlock, mark paid; budget; exports
  "royalty-rates.manage", // the year's royalty settings: base salary, coefficient table, bonuses, budget
  "audit.read",
] as const;

export type Capability = (typeof CAPABILITIES)[number];

const EVERYONE: Capability[] = ["backoffice.enter", "account.manage-own"];

export const ROLE_CAPABILITIES = {
  CONTRIBUTOR: [...EVERYONE, "items.write-own", "media.upload"],
  SECRETARY: [
    ...EVERYONE,
    "items.review",
    "documents.manage",
    "media.upload",
    "quotas.read",
    "reports.read",
    "channels.record",
    "royalties.manage",
  ],
  EDITORIAL_BOARD: [
    ...EVERYONE,
    "items.review",
    "items.publish",
    "documents.manage",
    "documents.publish",
    "media.upload",
    "quotas.read",
    "reports.read",
    "campaigns.manage",
    "banners.manage",
    "channels.record",
    "royalties.grade",
    "royalties.manage",
  ],
  STANDING_COMMITTEE: [...EVERYONE, "quotas.read", "reports.read"],
  ADMINISTRATOR: [
    ...EVERYONE,
    "people.manage",
    "units.manage",
    "sections.manage",
    "campaigns.manage",
    "banners.manage",
    "media.upload", // campaign and banner pictures
    "quota-rules.manage",
    "royalty-rates.manage",
    "audit.read",
  ],
} as const satisfies Record<Role, readonly Capability[]>;

export type Actor = { id: number; roles: readonly Role[]; isActive?: boolean };

/** Whether any of the actor's roles grants the capability (never for a disabled account). */
export function can(actor: Actor | null | undefined, capability: Capability): boolean {
  if (!actor || actor.isActive === false) return false;
  return actor.roles.some((role) => (ROLE_CAPABILITIES[role] as readonly Capability[]).includes(capability));
}

/** Every capability the actor holds, for navigation and role homes. */
export function capabilitiesOf(actor: Actor): Set<Capability> {
  return new Set(CAPABILITIES.filter((capability) => can(actor, capability)));
}
