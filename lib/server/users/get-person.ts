import "server-only";
import { db } from "@/lib/db";
import { PERSON_SELECT } from "@/lib/server/users/person-select";

/** A person for the administrator's edit page; null when unknown. */
export async function getPerson(userId: number) {
  return db.user.findUnique({
    where: { id: userId },
    select: {
      ...PERSON_SELECT,
      unitId: true,
      lockedUntil: true,
      failedLoginCount: true,
      isTotpEnabled: true,
      mustChangePassword: true,
      lastSignInAt: true,
      createdAt: true,
      _count: { select: { sessions: { where: { revokedAt: null, expiresAt: { gt: new Date() } } } } },
    },
  });
}

export type PersonDetail = NonNullable<Awaited<ReturnType<typeof getPerson>>>;
