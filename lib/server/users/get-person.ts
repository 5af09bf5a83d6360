import { db } from "@/lib/db";

/** A person for the administrator's edit page; null when unknown. */
export async function getPerson(userId: number) {
  return db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      position: true,
      roles: true,
      isActive: true,
      unitId: true,
      lockedUntil: true,
      failedLoginCount: true,
      isTotpEnabled: true,
      mustChangePassword: true,
      lastSignInAt: true,
      createdAt: true,
      unit: { select: { id: true, name: true } },
      _count: { select: { sessions: { where: { revokedAt: null, expiresAt: { gt: new Date() } } } } },
    },
  });
}

export type PersonDetail = NonNullable<Awaited<ReturnType<typeof getPerson>>>;
