import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { revokeAllSessions } from "@/lib/server/users/revoke-sessions";

/**
 * Disables or re-enables an account. A disabled person cannot sign in and
 * their open sessions end at once; their items and history stay. Nobody can
 * disable themself (an administrator would lock the system out).
 */
export async function setPersonActive({
  actorId,
  ip = null,
  userId,
  isActive,
}: {
  actorId: number;
  ip?: string | null;
  userId: number;
  isActive: boolean;
}) {
  if (!isActive && userId === actorId) throw new AppError("VALIDATION", "Bạn không thể tự vô hiệu hóa tài khoản của mình.");
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { isActive: true, email: true } });
    if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy người dùng.");
    if (before.isActive === isActive) return;
    await tx.user.update({ where: { id: userId }, data: { isActive } });
    if (!isActive) await revokeAllSessions({ userId, reason: "disabled", actorId, tx });
    await recordAudit(
      {
        action: isActive ? "people.enable" : "people.disable",
        result: "SUCCESS",
        actorId,
        ip,
        objectType: "user",
        objectId: userId,
        details: { email: before.email },
      },
      tx,
    );
  });
}
