import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { afterFailedSignIn, isLocked } from "./lockout";
import type { SignInFailure } from "./messages";
import { verifyPassword } from "./password";
import { hitRateLimit } from "./rate-limit";
import { SIGN_IN_PER_IP } from "./rate-limit-rules";
import { createUserSession } from "./sessions";
import { verifyTotp } from "./totp";

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
  | { ok: false; reason: SignInFailure };

const AUDIT = "auth.sign-in";

/**
 * One sign-in attempt, independent of Next and next-auth (next-auth's
 * Credentials `authorize()` calls it). Order matters: the per-IP limit first,
 * then the password (always verified, against a dummy hash for an unknown
 * e-mail, so both take as long), then the lock, then the second step. An
 * unknown e-mail, a wrong password and a disabled account give the same answer.
 */
export async function signIn(input: SignInInput): Promise<SignInResult> {
  const now = input.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  const ip = input.ip;

  const limit = await hitRateLimit(`sign-in:ip:${ip ?? "unknown"}`, SIGN_IN_PER_IP, now);
  if (limit.isLimited) {
    await recordAudit({ action: AUDIT, result: "FAILURE", ip, details: { reason: "rate-limited", email } });
    return { ok: false, reason: "RATE_LIMITED" };
  }

  const user = await db.user.findFirst({
    where: { email: { equals: email, mode: "insensitive" } },
    select: {
      id: true,
      isActive: true,
      passwordHash: true,
      totpSecret: true,
      isTotpEnabled: true,
      failedLoginCount: true,
      lockedUntil: true,
      sessionVersion: true,
    },
  });
  const isPasswordRight = await verifyPassword(user?.passwordHash, input.password);

  if (!user || !user.isActive) {
    await recordAudit({ action: AUDIT, result: "FAILURE", actorId: user?.id, ip, details: { reason: user ? "disabled" : "unknown-email", email } });
    return { ok: false, reason: "INVALID" };
  }
  if (isLocked(user, now)) {
    await recordAudit({ action: AUDIT, result: "FAILURE", actorId: user.id, ip, details: { reason: "locked" } });
    return { ok: false, reason: "LOCKED" };
  }
  if (!isPasswordRight) return failAttempt(user, now, ip, "wrong-password", "INVALID");

  if (user.isTotpEnabled && user.totpSecret) {
    const code = input.totpCode?.trim();
    // The right password alone reveals only that a code is needed; nothing is counted.
    if (!code) return { ok: false, reason: "TOTP_REQUIRED" };
    if (!verifyTotp(user.totpSecret, code, now)) return failAttempt(user, now, ip, "wrong-totp", "TOTP_INVALID");
  }

  await db.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null, lastSignInAt: now } });
  const sessionId = await createUserSession({ userId: user.id, now, ip, userAgent: input.userAgent });
  await recordAudit({ action: AUDIT, result: "SUCCESS", actorId: user.id, ip, objectType: "session", objectId: sessionId.slice(0, 8) });
  return { ok: true, userId: user.id, sessionId, sessionVersion: user.sessionVersion };
}

async function failAttempt(
  user: { id: number; failedLoginCount: number; lockedUntil: Date | null },
  now: Date,
  ip: string | null,
  reason: string,
  answer: SignInFailure,
): Promise<SignInResult> {
  const next = afterFailedSignIn(user, now);
  await db.user.update({ where: { id: user.id }, data: { failedLoginCount: next.failedLoginCount, lockedUntil: next.lockedUntil } });
  await recordAudit({ action: AUDIT, result: "FAILURE", actorId: user.id, ip, details: { reason, failedLoginCount: next.failedLoginCount } });
  if (next.didLock) {
    await recordAudit({ action: "auth.lockout", result: "SUCCESS", actorId: user.id, ip, objectType: "user", objectId: user.id, details: { until: next.lockedUntil!.toISOString() } });
  }
  // The attempt that locks the account already answers with the lock message.
  return { ok: false, reason: next.didLock ? "LOCKED" : answer };
}
