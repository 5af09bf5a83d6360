// When a session row still counts, pure: not revoked, not idle for longer than
// SESSION_IDLE_MINUTES, not past its absolute end (SESSION_MAX_HOURS after
// sign-in), the account active and its session version unchanged since.
export type SessionFacts = {
  revokedAt: Date | null;
  lastSeenAt: Date;
  expiresAt: Date;
  user: { isActive: boolean; sessionVersion: number };
};

export type SessionRejection = "REVOKED" | "IDLE" | "EXPIRED" | "DISABLED" | "VERSION";

export function sessionRejection(
  session: SessionFacts,
  tokenSessionVersion: number,
  now: Date,
  idleMinutes: number,
): SessionRejection | null {
  if (session.revokedAt) return "REVOKED";
  if (now.getTime() >= session.expiresAt.getTime()) return "EXPIRED";
  if (now.getTime() - session.lastSeenAt.getTime() > idleMinutes * 60_000) return "IDLE";
  if (!session.user.isActive) return "DISABLED";
  if (session.user.sessionVersion !== tokenSessionVersion) return "VERSION";
  return null;
}

/** lastSeenAt is written at most once a minute, not on every request. */
export const shouldTouchSession = (lastSeenAt: Date, now: Date): boolean => now.getTime() - lastSeenAt.getTime() >= 60_000;

export const sessionExpiry = (signedInAt: Date, maxHours: number): Date => new Date(signedInAt.getTime() + maxHours * 3_600_000);
