// Builders for tests that sign in for real: a person with a known password, a fresh IP.
import type { Role } from "@/lib/generated/prisma/enums";

export const PASSWORD = "Mat-khau-2026-dung";

let ipCounter = 0;
/** A fresh client address per test, so per-IP limits never leak between tests. */
export const freshIp = () => `198.51.100.${++ipCounter}`;

export async function personWithPassword(input: { roles?: Role[]; password?: string } = {}) {
  const { createUser } = await import("@/tests/factories");
  const { hashPassword } = await import("@/lib/server/auth/password");
  const { db } = await import("@/lib/db");
  const user = await createUser({ roles: input.roles ?? ["CONTRIBUTOR"] });
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.password ?? PASSWORD) } });
  return user;
}

export const minutesAfter = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

/**
 * Production settings require two-step sign-in of every privileged role:
 * turns it on for such a person and returns a code to sign in with
 * (undefined for a contributor, who signs in with the password alone).
 */
export async function secondStepFor(userId: number, roles: readonly Role[]): Promise<string | undefined> {
  const { isTwoFactorRequired } = await import("@/lib/auth/account-setup");
  if (!isTwoFactorRequired(roles, true)) return undefined;
  const { currentTotp, generateTotpSecret } = await import("@/lib/server/auth/totp");
  const { db } = await import("@/lib/db");
  const totpSecret = generateTotpSecret();
  await db.user.update({ where: { id: userId }, data: { totpSecret, isTotpEnabled: true } });
  return currentTotp(totpSecret);
}
