import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { CurrentUser } from "@/lib/server/auth/current-user";
import { sessionExpiry, sessionRejection, shouldTouchSession } from "@/lib/auth/session-rules";
import { PERSON_SELECT } from "@/lib/server/users/person-select";

export type SessionClaims = { sessionId: string; sessionVersion: number };

/** A new session row for a person who just signed in; its id goes in the cookie. */
export async function createUserSession(input: {
  userId: number;
  now: Date;
  ip: string | null;
  userAgent: string | null;
}): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await db.userSession.create({
    data: {
      id,
      userId: input.userId,
      createdAt: input.now,
      lastSeenAt: input.now,
      expiresAt: sessionExpiry(input.now, env().sessionMaxHours),
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    },
  });
  return id;
}

/**
 * The person behind a session cookie's claims, or null when the session was
 * revoked, went idle, ran past its absolute end, the account was disabled or
 * its session version moved on. One query for the row and the person; the
 * row's lastSeenAt is refreshed at most once a minute.
 */
export async function resolveSession(claims: SessionClaims, now: Date = new Date()): Promise<CurrentUser | null> {
  const session = await db.userSession.findUnique({
    where: { id: claims.sessionId },
    select: {
      id: true,
      revokedAt: true,
      lastSeenAt: true,
      expiresAt: true,
      user: {
        select: { ...PERSON_SELECT, sessionVersion: true, isTotpEnabled: true, mustChangePassword: true },
      },
    },
  });
  if (!session) return null;
  if (sessionRejection(session, claims.sessionVersion, now, env().sessionIdleMinutes)) return null;
  if (shouldTouchSession(session.lastSeenAt, now)) {
    // Conditional, so concurrent requests do not all write.
    await db.userSession.updateMany({ where: { id: session.id, lastSeenAt: session.lastSeenAt }, data: { lastSeenAt: now } });
  }
  const { user } = session;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    position: user.position,
    roles: user.roles,
    isActive: true,
    unit: user.unit,
    sessionId: session.id,
    isTotpEnabled: user.isTotpEnabled,
    mustChangePassword: user.mustChangePassword,
  };
}

/**
 * Whether the session behind a cookie still counts, without counting as
 * activity (next-auth's /api/auth/session asks this; polling it must not keep
 * an idle session alive).
 */
export async function isSessionLive(claims: SessionClaims, now: Date = new Date()): Promise<boolean> {
  const session = await db.userSession.findUnique({
    where: { id: claims.sessionId },
    select: { revokedAt: true, lastSeenAt: true, expiresAt: true, user: { select: { isActive: true, sessionVersion: true } } },
  });
  return session !== null && sessionRejection(session, claims.sessionVersion, now, env().sessionIdleMinutes) === null;
}

/** Ends one session (sign-out). Returns the owner's id when a live row was revoked. */
export async function revokeSession(sessionId: string, now: Date = new Date()): Promise<number | null> {
  const session = await db.userSession.findUnique({ where: { id: sessionId }, select: { userId: true, revokedAt: true } });
  if (!session || session.revokedAt) return null;
  await db.userSession.update({ where: { id: sessionId }, data: { revokedAt: now } });
  return session.userId;
}
