"use server";
// One's own account: sign out, change password, two-step sign-in, own
// sessions; and the signed-out "forgot password" pair. Thin: parse,
// authorise, call the use case, revalidate.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { ACCOUNT_PAGE, isTwoFactorRequired } from "@/lib/auth/account-setup";
import { isHttpsSite, sessionCookieName } from "@/lib/server/auth/auth-secret";
import { clientIp } from "@/lib/server/auth/client-ip";
import { getSessionClaims } from "@/lib/server/auth/current-user";
import { revokeSession } from "@/lib/server/auth/sessions";
import { beginTotpEnrolment, confirmTotpEnrolment, disableTotp, regenerateRecoveryCodes } from "@/lib/server/auth/two-factor";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { changePassword } from "@/lib/server/users/change-password";
import { completePasswordReset } from "@/lib/server/users/complete-password-reset";
import { requestPasswordReset } from "@/lib/server/users/request-password-reset";
import { revokeOwnSession } from "@/lib/server/users/revoke-sessions";
import {
  changePasswordSchema,
  confirmTotpSchema,
  disableTotpSchema,
  forgotPasswordSchema,
  regenerateRecoveryCodesSchema,
  resetPasswordSchema,
  revokeSessionSchema,
} from "@/lib/validations/auth";
import { z } from "zod";
import { ACCOUNT_MESSAGES } from "@/lib/auth/account-messages";

/** Ends this browser's session (row revoked, cookie cleared) and returns to the sign-in page. */
export async function signOutAction(): Promise<void> {
  const claims = await getSessionClaims();
  if (claims) {
    const userId = await revokeSession(claims.sessionId);
    if (userId) {
      await recordAudit({ action: "auth.sign-out", result: "SUCCESS", actorId: userId, ip: clientIp(await headers()), objectType: "session", objectId: claims.sessionId.slice(0, 8) });
    }
  }
  (await cookies()).set(sessionCookieName(), "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: isHttpsSite() });
  redirect("/dang-nhap");
}

/** A use case's VALIDATION error that names a field becomes that field's message. */
function fieldFailure(error: unknown): ActionResult | null {
  if (!isAppError(error, "VALIDATION")) return null;
  const field = (error.details as { field?: string } | undefined)?.field;
  return { ok: false, error: error.message, fieldErrors: field ? { [field]: [error.message] } : undefined };
}

const changeOwnPassword = authorizedAction("account.manage-own", changePasswordSchema, async (input, { actor, ip }) => {
  try {
    const { endedSessions } = await changePassword({
      actorId: actor.id,
      currentSessionId: actor.sessionId,
      currentPassword: input.currentPassword,
      newPassword: input.newPassword,
      signOutOtherSessions: input.signOutOtherSessions,
      ip,
    });
    revalidatePath(ACCOUNT_PAGE);
    return { ok: true, message: ACCOUNT_MESSAGES.passwordChanged(endedSessions) };
  } catch (error) {
    const failure = fieldFailure(error);
    if (failure) return failure;
    throw error;
  }
});

export async function changePasswordAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return changeOwnPassword(formData);
}

const beginTotp = authorizedAction("account.manage-own", z.object({}), async (_input, { actor }) => {
  await beginTotpEnrolment(actor.id);
  revalidatePath(ACCOUNT_PAGE);
});

export async function beginTotpAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return beginTotp(formData);
}

export type RecoveryCodes = { recoveryCodes: string[] };

// No revalidatePath: the page would re-render without the codes before the
// person has written them down. The form refreshes once they say they have.
const confirmTotp = authorizedAction("account.manage-own", confirmTotpSchema, async (input, { actor, ip }): Promise<ActionResult<RecoveryCodes>> => {
  try {
    const data = await confirmTotpEnrolment({ userId: actor.id, code: input.code, ip });
    return { ok: true, message: ACCOUNT_MESSAGES.totpEnabled, data };
  } catch (error) {
    const failure = fieldFailure(error);
    if (failure) return failure;
    throw error;
  }
});

export async function confirmTotpAction(_previous: ActionResult<RecoveryCodes> | null, formData: FormData): Promise<ActionResult<RecoveryCodes>> {
  return confirmTotp(formData);
}

const renewRecoveryCodes = authorizedAction(
  "account.manage-own",
  regenerateRecoveryCodesSchema,
  async (input, { actor, ip }): Promise<ActionResult<RecoveryCodes>> => {
    try {
      const data = await regenerateRecoveryCodes({ userId: actor.id, password: input.password, code: input.code, ip });
      return { ok: true, message: ACCOUNT_MESSAGES.recoveryCodesRenewed, data };
    } catch (error) {
      const failure = fieldFailure(error);
      if (failure) return failure;
      throw error;
    }
  },
);

export async function regenerateRecoveryCodesAction(_previous: ActionResult<RecoveryCodes> | null, formData: FormData): Promise<ActionResult<RecoveryCodes>> {
  return renewRecoveryCodes(formData);
}

const turnOffTotp = authorizedAction("account.manage-own", disableTotpSchema, async (input, { actor, ip }) => {
  const isRequired = isTwoFactorRequired(actor.roles, env().requireTwoFactorForAdmin);
  try {
    await disableTotp({ userId: actor.id, password: input.password, isRequired, ip });
  } catch (error) {
    const failure = fieldFailure(error);
    if (failure) return failure;
    throw error;
  }
  revalidatePath(ACCOUNT_PAGE);
  return { ok: true, message: ACCOUNT_MESSAGES.totpDisabled };
});

export async function disableTotpAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return turnOffTotp(formData);
}

const endOwnSession = authorizedAction("account.manage-own", revokeSessionSchema, async (input, { actor, ip }) => {
  if (input.sessionId === actor.sessionId) return { ok: false, error: ACCOUNT_MESSAGES.useSignOutForCurrent };
  if (await revokeOwnSession(actor.id, input.sessionId)) {
    await recordAudit({ action: "account.revoke-session", result: "SUCCESS", actorId: actor.id, ip, objectType: "session", objectId: input.sessionId.slice(0, 8) });
  }
  revalidatePath(ACCOUNT_PAGE);
  return { ok: true, message: ACCOUNT_MESSAGES.sessionEnded };
});

export async function revokeSessionAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return endOwnSession(formData);
}

/** Signed out: asks for a reset link by e-mail (only offered when SMTP_URL is set). */
export async function requestPasswordResetAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!env().smtpUrl) return { ok: false, error: ACCOUNT_MESSAGES.mailNotConfigured };
  const parsed = forgotPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, error: ACCOUNT_MESSAGES.invalidInput, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { isRateLimited } = await requestPasswordReset({ email: parsed.data.email, ip: clientIp(await headers()) });
  if (isRateLimited) return { ok: false, error: ACCOUNT_MESSAGES.tooManyResetRequests };
  return { ok: true, message: ACCOUNT_MESSAGES.resetSent };
}

/** Signed out: sets a new password from an e-mailed link, then back to sign-in. */
export async function completePasswordResetAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = resetPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, error: ACCOUNT_MESSAGES.invalidInput, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  try {
    await completePasswordReset({ token: parsed.data.token, newPassword: parsed.data.newPassword, ip: clientIp(await headers()) });
  } catch (error) {
    const failure = fieldFailure(error);
    if (failure) return failure;
    throw error;
  }
  redirect("/dang-nhap?datlai=1");
}
