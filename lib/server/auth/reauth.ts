import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { afterFailedSignIn, isLocked, LOCK_MINUTES } from "@/lib/auth/lockout";
import { lockedMessage } from "@/lib/auth/messages";
import { verifyPassword } from "@/lib/server/auth/password";
import { ACCOUNT_MESSAGES } from "@/lib/auth/account-messages";

// The current-password check of a signed-in person (change password, turn
// off two-step sign-in, new recovery codes) counts toward the same lock as
// sign-in: five wrong passwords in a row lock the account for fifteen
// minutes, while it is locked even the right one is refused, and every
// failure and lock is in the audit log. A stolen session cannot guess on.

export type ReauthInput = { userId: number; password: string; purpose: string; field: string; ip?: string | null; now?: Date };

export async function confirmCurrentPassword(input: ReauthInput): Promise<void> {
  const now = input.now ?? new Date();
  const user = await db.user.findUniqueOrThrow({ where: { id: input.userId }, select: { passwordHash: true, failedLoginCount: true, lockedUntil: true } });
  const isRight = await verifyPassword(user.passwordHash, input.password);
  if (isLocked(user, now)) {
    await audit(input, { reason: "locked" });
    throw new AppError("VALIDATION", lockedMessage((user.lockedUntil!.getTime() - now.getTime()) / 1000), { field: input.field });
  }
  if (isRight) {
    if (user.failedLoginCount > 0) await db.user.update({ where: { id: input.userId }, data: { failedLoginCount: 0, lockedUntil: null } });
    return;
  }
  await recordFailedReauth(input, user, now, "wrong-password", ACCOUNT_MESSAGES.wrongCurrentPassword);
}

/** Counts a failed re-authentication (wrong password or code) and throws the message to show. */
export async function recordFailedReauth(
  input: Omit<ReauthInput, "password">,
  state: { failedLoginCount: number; lockedUntil: Date | null },
  now: Date,
  reason: string,
  message: string,
): Promise<never> {
  const next = afterFailedSignIn(state, now);
  await db.user.update({ where: { id: input.userId }, data: { failedLoginCount: next.failedLoginCount, lockedUntil: next.lockedUntil } });
  await audit(input, { reason, failedLoginCount: next.failedLoginCount });
  if (next.didLock) {
    await recordAudit({
      action: "auth.lockout",
      result: "SUCCESS",
      actorId: input.userId,
      ip: input.ip,
      objectType: "user",
      objectId: input.userId,
      details: { until: next.lockedUntil!.toISOString(), purpose: input.purpose },
    });
    throw new AppError("VALIDATION", lockedMessage(LOCK_MINUTES * 60), { field: input.field });
  }
  throw new AppError("VALIDATION", message, { field: input.field });
}

const audit = (input: Omit<ReauthInput, "password">, details: Record<string, string | number>) =>
  recordAudit({ action: "auth.reauth", result: "FAILURE", actorId: input.userId, ip: input.ip, objectType: "user", objectId: input.userId, details: { purpose: input.purpose, ...details } });
