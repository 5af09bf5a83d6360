import "server-only";
// The signed-in person of this request, or null. Resolves the session cookie
// (next-auth's encrypted JWT: user id, session id, session version), checks
// its session row (not revoked, not idle, not past its absolute end), the
// account (active, same session version) and refreshes last_seen_at at most
// once a minute. Cached per request, so a page and its actions share one query.
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import type { Position, Role } from "@/lib/generated/prisma/enums";
import { authSecret, sessionCookieName } from "@/lib/server/auth/auth-secret";
import { resolveSession } from "@/lib/server/auth/sessions";

export type CurrentUser = {
  id: number;
  name: string;
  email: string;
  position: Position;
  roles: Role[];
  isActive: true;
  unit: { id: number; name: string };
  sessionId: string;
  isTotpEnabled: boolean;
  mustChangePassword: boolean;
};

/** The session claims in this request's cookie, or null (no cookie, tampered, expired JWT). */
export const getSessionClaims = cache(async (): Promise<{ sessionId: string; sessionVersion: number } | null> => {
  const raw = (await cookies()).get(sessionCookieName())?.value;
  if (!raw) return null;
  const token = await decode({ token: raw, secret: authSecret() }).catch(() => null);
  if (!token || typeof token.sid !== "string" || typeof token.sv !== "number") return null;
  return { sessionId: token.sid, sessionVersion: token.sv };
});

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claims = await getSessionClaims();
  return claims ? resolveSession(claims) : null;
});
