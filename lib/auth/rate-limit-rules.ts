// Fixed-window counting, pure: the database upsert in rate-limit.ts applies
// the same rule atomically.
export type RateLimitRule = { limit: number; windowMs: number };

/** Sign-in attempts per client address. */
export const SIGN_IN_PER_IP: RateLimitRule = { limit: 20, windowMs: 15 * 60_000 };
/** Password-reset e-mails per client address. */
export const RESET_REQUEST_PER_IP: RateLimitRule = { limit: 5, windowMs: 15 * 60_000 };

export type Window = { windowStart: Date; hits: number };

/** The window after one more hit at `now`: a new window once the old one has ended. */
export function nextWindow(current: Window | null, now: Date, rule: RateLimitRule): Window {
  if (!current || now.getTime() - current.windowStart.getTime() >= rule.windowMs) return { windowStart: now, hits: 1 };
  return { windowStart: current.windowStart, hits: current.hits + 1 };
}

export const isOverLimit = (window: Window, rule: RateLimitRule): boolean => window.hits > rule.limit;
