import "server-only";
import { PENDING_SETUP_MESSAGES, type PendingSetup } from "@/lib/auth/account-setup";
import { FORBIDDEN_MESSAGE, refusalOf, type AuthorizedActor, type Requirement } from "@/lib/auth/access-refusal";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";

// The one permission gate. Server actions (authorizedAction), back-office
// pages (requireCapability), file routes (authorizeRoute), uploads
// (authorizeUploadRequest) and every mutation use case ask here, so the rule
// (lib/auth/access-refusal.ts over the map in lib/auth/permissions.ts) and
// its audit row are written once. The entry point refuses before the use
// case runs, so one refused call writes one row, whoever refused it.

export type AuthorizeContext = {
  ip?: string | null;
  /** The page or file the person asked for (pages and routes record it). */
  path?: string;
  /** The row acted on, recorded on the denial (e.g. { type: "document", id }). */
  object?: { type: string; id: string | number };
  /** A use case's own Vietnamese wording of the refusal. */
  message?: string;
};

/** Why a call was refused: `pending` is set when the account's set-up, not its roles, stands in the way. */
export type Denial = { error: AppError; pending: PendingSetup | null };

/**
 * The non-throwing form, for gates that answer with a page or a status
 * rather than an error: null when allowed. A missing capability writes one
 * permission.denied audit row (outside any transaction: a rolled-back denial
 * would leave no trace, so call it before the use case's transaction); a
 * pending set-up is a step to take, not an attempt, and is not audited.
 */
export async function authorizationDenial(actor: AuthorizedActor, requirement: Requirement, context: AuthorizeContext = {}): Promise<Denial | null> {
  const refusal = refusalOf(actor, requirement, env().requireTwoFactorForAdmin);
  if (!refusal) return null;
  if (refusal.reason === "setup") {
    return { error: new AppError("FORBIDDEN", PENDING_SETUP_MESSAGES[refusal.pending], { pending: refusal.pending }), pending: refusal.pending };
  }
  await recordAudit({
    action: "permission.denied",
    result: "DENIED",
    actorId: actor.id,
    ip: context.ip ?? null,
    objectType: context.object?.type,
    objectId: context.object?.id,
    details: { capability: requirement, ...(context.path !== undefined && { path: context.path }) },
  });
  return { error: new AppError("FORBIDDEN", context.message ?? FORBIDDEN_MESSAGE, { capability: requirement }), pending: null };
}

/** Allows the actor to go on, or throws AppError FORBIDDEN (audited once, see authorizationDenial). */
export async function authorize(actor: AuthorizedActor, requirement: Requirement, context: AuthorizeContext = {}): Promise<void> {
  const denial = await authorizationDenial(actor, requirement, context);
  if (denial) throw denial.error;
}
