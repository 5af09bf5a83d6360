// Why an actor may not use a capability, pure (the server's authorize() in
// lib/server/auth/authorize.ts audits and throws on top of it): first the
// role → capability map, then the account's pending set-up. The set-up rule
// is the session's: a person signed in with a temporary password, or holding
// a privileged role without the required two-step sign-in, may only manage
// their own account. An actor without a session (a scheduled job, a script,
// a test calling a use case with a stored account) is judged on roles alone.
import { pendingAccountSetup, type PendingSetup } from "@/lib/auth/account-setup";
import { can, type Actor, type Capability } from "@/lib/auth/permissions";

/** What anyone refused for a missing capability reads, wherever the refusal happens. */
export const FORBIDDEN_MESSAGE = "Bạn không có quyền thực hiện thao tác này.";

/** What a signed-in person carries besides the roles (CurrentUser has it). */
export type SessionState = { sessionId: string; isTotpEnabled: boolean; mustChangePassword: boolean };

export type AuthorizedActor = Actor | (Actor & SessionState);

/** One capability, or any of several (e.g. campaign pages: campaigns.manage or items.review). */
export type Requirement = Capability | readonly Capability[];

export type Refusal = { reason: "capability" } | { reason: "setup"; pending: PendingSetup };

const hasSession = (actor: AuthorizedActor): actor is Actor & SessionState => "sessionId" in actor;

export const meetsRequirement = (actor: Actor, requirement: Requirement): boolean =>
  typeof requirement === "string" ? can(actor, requirement) : requirement.some((capability) => can(actor, capability));

/** Null when the actor may go on; otherwise why not. Managing one's own account is never blocked by its set-up. */
export function refusalOf(actor: AuthorizedActor, requirement: Requirement, requireTwoFactorForPrivileged: boolean): Refusal | null {
  if (!meetsRequirement(actor, requirement)) return { reason: "capability" };
  if (requirement === "account.manage-own" || !hasSession(actor)) return null;
  const pending = pendingAccountSetup(actor, requireTwoFactorForPrivileged);
  return pending ? { reason: "setup", pending } : null;
}
