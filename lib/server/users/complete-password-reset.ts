import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { hashPassword, passwordProblems } from "@/lib/server/auth/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashResetToken } from "@/lib/server/users/request-password-reset";
import { revokeAllSessions } from "@/lib/server/users/revoke-sessions";
import { ACCOUNT_MESSAGES } from "@/lib/auth/account-messages";

/** Whether a reset link can still be used (the page checks before showing its form). */
export async function isResetTokenUsable(token: string, now: Date = new Date()): Promise<boolean> {
  const row = await db.passwordResetToken.findUnique({ where: { tokenHash: hashResetToken(token) }, select: { usedAt: true, expiresAt: true } });
  return Boolean(row && !row.usedAt && row.expiresAt > now);
}

/**
 * Sets a new password from an e-mailed link: the token must be unused and
 * unexpired; it is spent, every session ends, any lock is lifted.
 */
export async function completePasswordReset(input: { token: string; newPassword: string; ip: string | null; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(input.token) },
    select: { id: true, usedAt: true, expiresAt: true, user: { select: { id: true, email: true, isActive: true } } },
  });
  if (!row || row.usedAt || row.expiresAt <= now || !row.user.isActive) throw new AppError("VALIDATION", ACCOUNT_MESSAGES.invalidResetLink);
  const problems = passwordProblems(input.newPassword, { email: row.user.email });
  if (problems.length) throw new AppError("VALIDATION", problems[0], { field: "newPassword" });
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    // Spending the token is conditional: two submissions of one link cannot both win.
    const spent = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (spent.count !== 1) throw new AppError("VALIDATION", ACCOUNT_MESSAGES.invalidResetLink);
    await tx.user.update({ where: { id: row.user.id }, data: { passwordHash, mustChangePassword: false, failedLoginCount: 0, lockedUntil: null } });
    await revokeAllSessions({ userId: row.user.id, reason: "password-reset-by-email", actorId: row.user.id, now, tx });
    await recordAudit({ action: "auth.password-reset", result: "SUCCESS", actorId: row.user.id, ip: input.ip, objectType: "user", objectId: row.user.id }, tx);
  });
}
