// Fixed-window counting, pure: the database upsert in rate-limit.ts applies
// the same rule atomically.
export type RateLimitRule = { limit: number; windowMs: number };

/**
 * Failed sign-ins per client address. Only failures count: a whole office
 * signs in through one router every morning, and each person's own mistakes
 * are already capped by the account lock (five). A hundred failures in a
 * quarter of an hour is far beyond what an office mistypes, and far below
 * what password spraying needs.
 */
export const SIGN_IN_FAILURES_PER_IP: RateLimitRule = { limit: 100, windowMs: 15 * 60_000 };
/** Password-reset e-mails per client address. */
export const RESET_REQUEST_PER_IP: RateLimitRule = { limit: 5, windowMs: 15 * 60_000 };

export type Window = { windowStart: Date; hits: number };

/** The window after one more hit at `now`: a new window once the old one has ended. */
export function nextWindow(current: Window | null, now: Date, rule: RateLimitRule): Window {
  if (!current || now.getTime() - current.windowStart.getTime() >= rule.windowMs) return { windowStart: now, hits: 1 };
  return { windowStart: current.windowStart, hits: current.hits + 1 };
}

export const isOverLimit = (window: Window, rule: RateLimitRule): boolean => window.hits > rule.limit;

/** Whether the window, as it stands at `now` (no hit added), is used up. */
export function isWindowFull(current: Window | null, now: Date, rule: RateLimitRule): boolean {
  if (!current || now.getTime() - current.windowStart.getTime() >= rule.windowMs) return false;
  return current.hits >= rule.limit;
}

/** Whole seconds (at least 1) until the window ends: the `Retry-After` of a refusal. */
export function secondsUntilWindowEnds(current: Window, now: Date, rule: RateLimitRule): number {
  return Math.max(1, Math.ceil((current.windowStart.getTime() + rule.windowMs - now.getTime()) / 1000));
}
