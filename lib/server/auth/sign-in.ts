import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { afterFailedSignIn, isLocked, LOCK_MINUTES, type LockState } from "@/lib/auth/lockout";
import type { SignInFailure } from "@/lib/auth/messages";
import { verifyPassword } from "@/lib/server/auth/password";
import { checkRateLimit, hitRateLimit } from "@/lib/server/auth/rate-limit";
import { SIGN_IN_FAILURES_PER_IP } from "@/lib/auth/rate-limit-rules";
import { acceptSecondFactor } from "@/lib/server/auth/second-factor";
import { createUserSession } from "@/lib/server/auth/sessions";
import { saveUnknownAccountLockState, unknownAccountLockState } from "@/lib/server/auth/unknown-account-locks";

export type SignInInput = {
  email: string;
  password: string;
  totpCode?: string;
  ip: string | null;
  userAgent: string | null;
  now?: Date;
};

export type SignInResult =
  | { ok: true; userId: number; sessionId: string; sessionVersion: number }
  | { ok: false; reason: SignInFailure; retryAfterSeconds?: number };

const AUDIT = "auth.sign-in";

/**
 * One sign-in attempt, independent of Next and next-auth (next-auth's
 * Credentials `authorize()` calls it). Order matters: the per-address limit
 * on failures first, then the password (always verified, against a dummy
 * hash for an unknown e-mail, so both take as long), then the lock, then the
 * second step. An unknown e-mail and a disabled account are counted and
 * locked exactly like an account with a wrong password, so no answer (wrong,
 * locked, how long) tells whether an account exists.
 */
export async function signIn(input: SignInInput): Promise<SignInResult> {
  const now = input.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  const ip = input.ip;
  const ipKey = `sign-in:ip:${ip ?? "unknown"}`;

  const limit = await checkRateLimit(ipKey, SIGN_IN_FAILURES_PER_IP, now);
  if (limit.isLimited) {
    await recordAudit({ action: AUDIT, result: "FAILURE", ip, details: { reason: "rate-limited", email } });
    return { ok: false, reason: "RATE_LIMITED", retryAfterSeconds: limit.retryAfterSeconds };
  }

  const user = await db.user.findFirst({
    where: { email: { equals: email, mode: "insensitive" } },
    select: { id: true, isActive: true, passwordHash: true, totpSecret: true, isTotpEnabled: true, failedLoginCount: true, lockedUntil: true, sessionVersion: true },
  });
  const isPasswordRight = await verifyPassword(user?.passwordHash, input.password);
  const attempt: Attempt = { now, ip, ipKey, email };

  if (!user || !user.isActive) {
    // Disabled accounts count on their own row (an administrator's unlock clears it), unknown e-mails on a hash of the address.
    const target: LockTarget = user
      ? { userId: user.id, state: user, save: (next) => saveUserLockState(user.id, next) }
      : { userId: null, state: await unknownAccountLockState(email), save: (next) => saveUnknownAccountLockState(email, next) };
    return failAttempt(target, attempt, user ? "disabled" : "unknown-email", "INVALID");
  }
  const target: LockTarget = { userId: user.id, state: user, save: (next) => saveUserLockState(user.id, next) };
  if (!isPasswordRight) return failAttempt(target, attempt, "wrong-password", "INVALID");

  let secondFactor: string | null = null;
  if (user.isTotpEnabled && user.totpSecret) {
    const code = input.totpCode?.trim();
    // The right password alone reveals only that a code is needed; nothing is counted.
    if (!code && !isLocked(user, now)) return { ok: false, reason: "TOTP_REQUIRED" };
    secondFactor = code && !isLocked(user, now) ? await acceptSecondFactor({ userId: user.id, secret: user.totpSecret, code, now }) : null;
    if (!secondFactor) return failAttempt(target, attempt, "wrong-totp", "TOTP_INVALID");
  } else if (isLocked(user, now)) {
    return failAttempt(target, attempt, "locked", "LOCKED");
  }

  await db.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null, lastSignInAt: now } });
  const sessionId = await createUserSession({ userId: user.id, now, ip, userAgent: input.userAgent });
  await recordAudit({
    action: AUDIT,
    result: "SUCCESS",
    actorId: user.id,
    ip,
    objectType: "session",
    objectId: sessionId.slice(0, 8),
    ...(secondFactor === "recovery-code" && { details: { secondFactor } }),
  });
  return { ok: true, userId: user.id, sessionId, sessionVersion: user.sessionVersion };
}

type Attempt = { now: Date; ip: string | null; ipKey: string; email: string };
type LockTarget = { userId: number | null; state: LockState; save: (next: LockState) => Promise<void> };

const saveUserLockState = async (userId: number, next: LockState) => {
  await db.user.update({ where: { id: userId }, data: { failedLoginCount: next.failedLoginCount, lockedUntil: next.lockedUntil } });
};

/**
 * A failed attempt: counted against the client's address, and against the
 * account (or the unknown address) unless it is already locked. The same
 * writes happen whether or not the account exists.
 */
async function failAttempt(target: LockTarget, attempt: Attempt, reason: string, answer: SignInFailure): Promise<SignInResult> {
  const { now, ip } = attempt;
  await hitRateLimit(attempt.ipKey, SIGN_IN_FAILURES_PER_IP, now);
  const actor = { actorId: target.userId, ip };
  if (isLocked(target.state, now)) {
    await recordAudit({ action: AUDIT, result: "FAILURE", ...actor, details: { reason: "locked", ...(!target.userId && { email: attempt.email }) } });
    return locked(target.state.lockedUntil!, now);
  }
  const next = afterFailedSignIn(target.state, now);
  await target.save(next);
  await recordAudit({ action: AUDIT, result: "FAILURE", ...actor, details: { reason, failedLoginCount: next.failedLoginCount, ...(!target.userId && { email: attempt.email }) } });
  if (next.didLock) {
    await recordAudit({
      action: "auth.lockout",
      result: "SUCCESS",
      ...actor,
      objectType: target.userId ? "user" : "email",
      objectId: target.userId ?? undefined,
      details: { until: next.lockedUntil!.toISOString(), ...(!target.userId && { email: attempt.email }) },
    });
    // The attempt that locks the account already answers with the lock message.
    return { ok: false, reason: "LOCKED", retryAfterSeconds: LOCK_MINUTES * 60 };
  }
  return { ok: false, reason: answer };
}

const locked = (until: Date, now: Date): SignInResult => ({
  ok: false,
  reason: "LOCKED",
  retryAfterSeconds: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)),
});
