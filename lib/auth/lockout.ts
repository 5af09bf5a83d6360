// Account lockout rules, kept pure so they can be tested without a database:
// five wrong passwords in a row lock the account for fifteen minutes; while it
// is locked even the right password is refused; a success clears the count.
export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

export type LockState = { failedLoginCount: number; lockedUntil: Date | null };

export function isLocked(state: Pick<LockState, "lockedUntil">, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** Whole minutes (rounded up) until the lock ends; 0 when not locked. */
export function remainingLockMinutes(state: Pick<LockState, "lockedUntil">, now: Date): number {
  if (!isLocked(state, now)) return 0;
  return Math.ceil((state.lockedUntil!.getTime() - now.getTime()) / 60_000);
}

/**
 * The state after one more wrong password. A lock that has run out starts a
 * fresh count, so the next five failures lock again.
 */
export function afterFailedSignIn(state: LockState, now: Date): LockState & { didLock: boolean } {
  const hadExpiredLock = state.lockedUntil !== null && !isLocked(state, now);
  const failedLoginCount = (hadExpiredLock ? 0 : state.failedLoginCount) + 1;
  if (failedLoginCount >= MAX_FAILED_SIGN_INS) {
    return { failedLoginCount, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000), didLock: true };
  }
  return { failedLoginCount, lockedUntil: hadExpiredLock ? null : state.lockedUntil, didLock: false };
}

export const afterSuccessfulSignIn = (): LockState => ({ failedLoginCount: 0, lockedUntil: null });
