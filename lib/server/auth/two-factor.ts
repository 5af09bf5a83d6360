import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { confirmCurrentPassword, recordFailedReauth } from "@/lib/server/auth/reauth";
import { replaceRecoveryCodes } from "@/lib/server/auth/recovery-codes";
import { acceptSecondFactor } from "@/lib/server/auth/second-factor";
import { generateTotpSecret, totpStep } from "@/lib/server/auth/totp";
import { ACCOUNT_MESSAGES } from "@/lib/auth/account-messages";

// Two-step sign-in for one's own account. Enrolment is two steps: a secret is
// stored (not yet enabled) and shown as a QR code; it is enabled only once a
// code from the app proves the person has it, and ten recovery codes are
// shown once. The secret and the codes are never logged.

/** Starts (or restarts) enrolment with a new secret. */
export async function beginTotpEnrolment(userId: number): Promise<void> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { isTotpEnabled: true } });
  if (user.isTotpEnabled) throw new AppError("CONFLICT", ACCOUNT_MESSAGES.totpAlreadyOn);
  await db.user.update({ where: { id: userId }, data: { totpSecret: generateTotpSecret() } });
}

/** The pending secret of an enrolment in progress, or null. */
export async function pendingTotpSecret(userId: number): Promise<string | null> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { isTotpEnabled: true, totpSecret: true } });
  return !user.isTotpEnabled && user.totpSecret ? user.totpSecret : null;
}

/** Turns two-step sign-in on with a code from the app; returns the recovery codes, to be shown once. */
export async function confirmTotpEnrolment(input: { userId: number; code: string; ip?: string | null; now?: Date }): Promise<{ recoveryCodes: string[] }> {
  const secret = await pendingTotpSecret(input.userId);
  if (!secret) throw new AppError("CONFLICT", ACCOUNT_MESSAGES.totpNotStarted);
  const step = totpStep(secret, input.code, input.now);
  if (step === null) throw new AppError("VALIDATION", ACCOUNT_MESSAGES.wrongCode, { field: "code" });
  return db.$transaction(async (tx) => {
    // The enrolment code is spent too: it cannot be replayed to sign in.
    await tx.user.update({ where: { id: input.userId }, data: { isTotpEnabled: true, totpLastStep: step } });
    const recoveryCodes = await replaceRecoveryCodes(input.userId, tx);
    await recordAudit({ action: "account.totp-enable", result: "SUCCESS", actorId: input.userId, ip: input.ip, objectType: "user", objectId: input.userId }, tx);
    return { recoveryCodes };
  });
}

/** Turns two-step sign-in off (needs the password, under the sign-in lock; refused when the role requires it). */
export async function disableTotp(input: { userId: number; password: string; isRequired: boolean; ip?: string | null; now?: Date }): Promise<void> {
  if (input.isRequired) throw new AppError("FORBIDDEN", ACCOUNT_MESSAGES.totpRequired);
  await confirmCurrentPassword({ userId: input.userId, password: input.password, purpose: "totp-disable", field: "password", ip: input.ip, now: input.now });
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: input.userId }, data: { isTotpEnabled: false, totpSecret: null, totpLastStep: null } });
    await tx.totpRecoveryCode.deleteMany({ where: { userId: input.userId } });
    await recordAudit({ action: "account.totp-disable", result: "SUCCESS", actorId: input.userId, ip: input.ip, objectType: "user", objectId: input.userId }, tx);
  });
}

/**
 * New recovery codes (the old ones stop working): the current password and a
 * code from the app (or an unused recovery code), both under the sign-in lock.
 */
export async function regenerateRecoveryCodes(input: { userId: number; password: string; code: string; ip?: string | null; now?: Date }): Promise<{ recoveryCodes: string[] }> {
  const now = input.now ?? new Date();
  const user = await db.user.findUniqueOrThrow({ where: { id: input.userId }, select: { isTotpEnabled: true, totpSecret: true } });
  if (!user.isTotpEnabled || !user.totpSecret) throw new AppError("CONFLICT", ACCOUNT_MESSAGES.totpOff);
  const reauth = { userId: input.userId, purpose: "recovery-codes", ip: input.ip, now };
  await confirmCurrentPassword({ ...reauth, password: input.password, field: "password" });
  if (!(await acceptSecondFactor({ userId: input.userId, secret: user.totpSecret, code: input.code, now }))) {
    const state = await db.user.findUniqueOrThrow({ where: { id: input.userId }, select: { failedLoginCount: true, lockedUntil: true } });
    await recordFailedReauth({ ...reauth, field: "code" }, state, now, "wrong-totp", ACCOUNT_MESSAGES.wrongOrUsedCode);
  }
  return db.$transaction(async (tx) => {
    const recoveryCodes = await replaceRecoveryCodes(input.userId, tx);
    await recordAudit({ action: "account.recovery-codes", result: "SUCCESS", actorId: input.userId, ip: input.ip, objectType: "user", objectId: input.userId }, tx);
    return { recoveryCodes };
  });
}
