import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { PEOPLE_MESSAGES } from "@/lib/users/messages";

/** An administrator lifts a sign-in lock before its fifteen minutes are up. */
export async function unlockUser(input: { actor: Actor; userId: number; ip?: string | null }): Promise<void> {
  await authorize(input.actor, "people.manage", { ip: input.ip, message: PEOPLE_MESSAGES.noRightToUnlock });
  const target = await db.user.findUnique({ where: { id: input.userId }, select: { id: true, lockedUntil: true, failedLoginCount: true } });
  if (!target) throw new AppError("NOT_FOUND", PEOPLE_MESSAGES.notFound);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: target.id }, data: { failedLoginCount: 0, lockedUntil: null } });
    await recordAudit(
      {
        action: "people.unlock",
        result: "SUCCESS",
        actorId: input.actor.id,
        ip: input.ip,
        objectType: "user",
        objectId: target.id,
        details: { wasLockedUntil: target.lockedUntil?.toISOString() ?? null, failedLoginCount: target.failedLoginCount },
      },
      tx,
    );
  });
}
