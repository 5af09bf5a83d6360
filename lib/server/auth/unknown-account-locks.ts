import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { LockState } from "@/lib/auth/lockout";

// An e-mail address without an account locks after five failures like an
// account does, so "locked" tells nobody whether the account exists. Only a
// SHA-256 of the address is kept: typed addresses are not collected.
const keyOf = (email: string) => createHash("sha256").update(email.trim().toLowerCase()).digest("hex");

export async function unknownAccountLockState(email: string): Promise<LockState> {
  const row = await db.unknownAccountLock.findUnique({ where: { emailHash: keyOf(email) }, select: { failedLoginCount: true, lockedUntil: true } });
  return row ?? { failedLoginCount: 0, lockedUntil: null };
}

export async function saveUnknownAccountLockState(email: string, state: LockState): Promise<void> {
  const data = { failedLoginCount: state.failedLoginCount, lockedUntil: state.lockedUntil };
  await db.unknownAccountLock.upsert({ where: { emailHash: keyOf(email) }, create: { emailHash: keyOf(email), ...data }, update: data });
}
