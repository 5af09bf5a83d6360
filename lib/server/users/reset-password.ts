import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { hashPassword } from "@/lib/server/auth/password";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { revokeAllSessions } from "@/lib/server/users/revoke-sessions";
import { generateTemporaryPassword } from "@/lib/server/users/temporary-password";
import { PEOPLE_MESSAGES } from "@/lib/users/messages";

/**
 * An administrator resets someone's password: a random temporary password
 * replaces it (returned once, to be handed over; never stored or logged in
 * clear), the person must change it at their next sign-in, any lock is lifted
 * and every session of theirs ends.
 */
export async function resetPassword(input: { actor: Actor; userId: number; ip?: string | null; now?: Date }): Promise<{ temporaryPassword: string }> {
  await authorize(input.actor, "people.manage", { ip: input.ip, message: PEOPLE_MESSAGES.noRightToReset });
  const now = input.now ?? new Date();
  const target = await db.user.findUnique({ where: { id: input.userId }, select: { id: true } });
  if (!target) throw new AppError("NOT_FOUND", PEOPLE_MESSAGES.notFound);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: target.id },
      data: { passwordHash, mustChangePassword: true, failedLoginCount: 0, lockedUntil: null },
    });
    const endedSessions = await revokeAllSessions({ userId: target.id, reason: "password-reset", actorId: input.actor.id, now, tx });
    await recordAudit(
      { action: "people.reset-password", result: "SUCCESS", actorId: input.actor.id, ip: input.ip, objectType: "user", objectId: target.id, details: { endedSessions } },
      tx,
    );
  });
  return { temporaryPassword };
}
