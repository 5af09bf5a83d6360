import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { revokeAllSessions } from "@/lib/server/users/revoke-sessions";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";
import { PEOPLE_MESSAGES } from "@/lib/users/messages";

/**
 * Disables or re-enables an account. A disabled person cannot sign in and
 * their open sessions end at once; their items and history stay. Nobody can
 * disable themself (an administrator would lock the system out).
 */
export async function setPersonActive({
  actor,
  ip = null,
  userId,
  isActive,
}: {
  actor: Actor;
  ip?: string | null;
  userId: number;
  isActive: boolean;
}) {
  await authorize(actor, "people.manage", { ip });
  if (!isActive && userId === actor.id) throw new AppError("VALIDATION", PEOPLE_MESSAGES.cannotDisableSelf);
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { isActive: true, email: true } });
    if (!before) throw new AppError("NOT_FOUND", PEOPLE_MESSAGES.notFound);
    if (before.isActive === isActive) return;
    await tx.user.update({ where: { id: userId }, data: { isActive } });
    if (!isActive) await revokeAllSessions({ userId, reason: "disabled", actorId: actor.id, tx });
    await recordAudit(
      {
        action: isActive ? "people.enable" : "people.disable",
        result: "SUCCESS",
        actorId: actor.id,
        ip,
        objectType: "user",
        objectId: userId,
        details: { email: before.email },
      },
      tx,
    );
  });
}
