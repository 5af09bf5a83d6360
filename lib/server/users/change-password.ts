import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { hashPassword, passwordProblems, verifyPassword } from "@/lib/server/auth/password";
import { confirmCurrentPassword } from "@/lib/server/auth/reauth";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { revokeOtherSessions } from "@/lib/server/users/revoke-sessions";
import { ACCOUNT_MESSAGES } from "@/lib/auth/account-messages";

export type ChangePasswordInput = {
  actorId: number;
  /** The session the person is using: kept, so they stay signed in here. */
  currentSessionId: string;
  currentPassword: string;
  newPassword: string;
  signOutOtherSessions: boolean;
  ip?: string | null;
  now?: Date;
};

/**
 * A person changes their own password: the current one is required, the new
 * one must meet the policy. Their other sessions end when they ask for it
 * (the form ticks it by default); a temporary password stops being one.
 */
export async function changePassword(input: ChangePasswordInput): Promise<{ endedSessions: number }> {
  const now = input.now ?? new Date();
  const user = await db.user.findUniqueOrThrow({
    where: { id: input.actorId },
    select: { id: true, email: true, passwordHash: true },
  });
  // Under the sign-in lock: five wrong current passwords lock the account.
  await confirmCurrentPassword({ userId: user.id, password: input.currentPassword, purpose: "change-password", field: "currentPassword", ip: input.ip, now });
  const problems = passwordProblems(input.newPassword, { email: user.email });
  if (problems.length) throw new AppError("VALIDATION", problems[0], { field: "newPassword" });
  if (await verifyPassword(user.passwordHash, input.newPassword)) {
    throw new AppError("VALIDATION", ACCOUNT_MESSAGES.samePassword, { field: "newPassword" });
  }
  const passwordHash = await hashPassword(input.newPassword);
  const endedSessions = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false } });
    const ended = input.signOutOtherSessions ? await revokeOtherSessions(user.id, input.currentSessionId, { now, tx }) : 0;
    await recordAudit(
      { action: "account.change-password", result: "SUCCESS", actorId: user.id, ip: input.ip, objectType: "user", objectId: user.id, details: { endedSessions: ended } },
      tx,
    );
    return ended;
  });
  return { endedSessions };
}
