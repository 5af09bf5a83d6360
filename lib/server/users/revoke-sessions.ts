import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// `db` or the `tx` of an interactive transaction.
type Writer = Pick<typeof db, "user" | "userSession" | "auditLog"> | Prisma.TransactionClient;

export type RevokeAllSessionsInput = {
  userId: number;
  /** Why, for the audit row: "disabled", "roles-changed", "password-reset"… */
  reason?: string;
  actorId?: number | null;
  now?: Date;
  tx?: Writer;
};

/**
 * Ends every session of a person at once: their rows are revoked and their
 * session version is bumped, so a cookie issued before this is useless on its
 * next request. Call it when a person is disabled, their roles change or
 * their password is reset (pass `tx` to do it in the same transaction).
 * Either `revokeAllSessions(userId, { tx })` or `revokeAllSessions({ userId, reason, tx })`.
 */
export async function revokeAllSessions(
  userOrInput: number | RevokeAllSessionsInput,
  options: Omit<RevokeAllSessionsInput, "userId"> = {},
): Promise<number> {
  const input = typeof userOrInput === "number" ? { ...options, userId: userOrInput } : userOrInput;
  const writer = input.tx ?? db;
  const now = input.now ?? new Date();
  await writer.user.update({ where: { id: input.userId }, data: { sessionVersion: { increment: 1 } } });
  const { count } = await writer.userSession.updateMany({ where: { userId: input.userId, revokedAt: null }, data: { revokedAt: now } });
  await recordAudit(
    {
      action: "auth.sessions-revoked",
      result: "SUCCESS",
      actorId: input.actorId ?? null,
      objectType: "user",
      objectId: input.userId,
      details: { reason: input.reason ?? null, count },
    },
    writer,
  );
  return count;
}

/** Ends a person's other sessions, keeping the one they are using (own password change). */
export async function revokeOtherSessions(
  userId: number,
  keepSessionId: string,
  options: { now?: Date; tx?: Writer } = {},
): Promise<number> {
  const writer = options.tx ?? db;
  const { count } = await writer.userSession.updateMany({
    where: { userId, revokedAt: null, id: { not: keepSessionId } },
    data: { revokedAt: options.now ?? new Date() },
  });
  return count;
}

/** Ends one of the person's own sessions (from the account page's list). */
export async function revokeOwnSession(userId: number, sessionId: string, now: Date = new Date()): Promise<boolean> {
  const { count } = await db.userSession.updateMany({ where: { id: sessionId, userId, revokedAt: null }, data: { revokedAt: now } });
  return count > 0;
}
