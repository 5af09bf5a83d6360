import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export type OwnSession = { id: string; createdAt: Date; lastSeenAt: Date; ip: string | null; userAgent: string | null; isCurrent: boolean };

/** A person's sessions that still count (not revoked, not idle, not expired), newest first. */
export async function listOwnSessions(userId: number, currentSessionId: string, now: Date = new Date()): Promise<OwnSession[]> {
  const idleFloor = new Date(now.getTime() - env().sessionIdleMinutes * 60_000);
  const rows = await db.userSession.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: now }, lastSeenAt: { gt: idleFloor } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true, ip: true, userAgent: true },
    take: 50,
  });
  return rows.map((row) => ({ ...row, isCurrent: row.id === currentSessionId }));
}

/** "Chrome trên Windows"-style label from a User-Agent, good enough to recognise one's devices. */
export function describeUserAgent(userAgent: string | null): string {
  if (!userAgent) return "Trình duyệt không rõ";
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /Firefox\//.test(userAgent)
      ? "Firefox"
      : /Chrome\//.test(userAgent)
        ? "Chrome"
        : /Safari\//.test(userAgent)
          ? "Safari"
          : "Trình duyệt";
  const system = /Android/.test(userAgent)
    ? "Android"
    : /iPhone|iPad/.test(userAgent)
      ? "iOS"
      : /Windows/.test(userAgent)
        ? "Windows"
        : /Mac OS X/.test(userAgent)
          ? "macOS"
          : /Linux/.test(userAgent)
            ? "Linux"
            : "hệ điều hành không rõ";
  return `${browser} trên ${system}`;
}
