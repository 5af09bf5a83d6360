// Builders for the auth integration tests: a person with a known password.
import type { Role } from "@/lib/generated/prisma/enums";

export const PASSWORD = "Mat-khau-2026-dung";

let ipCounter = 0;
/** A fresh client address per test, so per-IP limits never leak between tests. */
export const freshIp = () => `198.51.100.${++ipCounter}`;

export async function personWithPassword(input: { roles?: Role[]; password?: string } = {}) {
  const { createUser } = await import("@/tests/factories");
  const { hashPassword } = await import("@/lib/auth/password");
  const { db } = await import("@/lib/db");
  const user = await createUser({ roles: input.roles ?? ["CONTRIBUTOR"] });
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.password ?? PASSWORD) } });
  return user;
}

export const minutesAfter = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);
