import "server-only";
import { db } from "@/lib/db";
import { isWindowFull, secondsUntilWindowEnds, type RateLimitRule } from "@/lib/auth/rate-limit-rules";

/**
 * Counts one hit on `key` and says whether it went over the rule's limit.
 * One statement (insert … on conflict … returning), so concurrent requests on
 * several server processes cannot both slip under the limit.
 */
export async function hitRateLimit(key: string, rule: RateLimitRule, now: Date = new Date()): Promise<{ isLimited: boolean; hits: number }> {
  const windowFloor = new Date(now.getTime() - rule.windowMs);
  const rows = await db.$queryRaw<{ hits: number }[]>`
    INSERT INTO rate_limit_buckets (key, window_start, hits) VALUES (${key}, ${now}, 1)
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN rate_limit_buckets.window_start <= ${windowFloor} THEN 1 ELSE rate_limit_buckets.hits + 1 END,
      window_start = CASE WHEN rate_limit_buckets.window_start <= ${windowFloor} THEN ${now} ELSE rate_limit_buckets.window_start END
    RETURNING hits`;
  const hits = Number(rows[0]?.hits ?? 1);
  return { isLimited: hits > rule.limit, hits };
}

/**
 * Whether `key` has used up its window, without counting a hit (for limits
 * on failures: the attempt is counted only once it has failed), and how many
 * seconds remain when it has.
 */
export async function checkRateLimit(key: string, rule: RateLimitRule, now: Date = new Date()): Promise<{ isLimited: boolean; retryAfterSeconds: number }> {
  const bucket = await db.rateLimitBucket.findUnique({ where: { key }, select: { windowStart: true, hits: true } });
  if (!bucket || !isWindowFull(bucket, now, rule)) return { isLimited: false, retryAfterSeconds: 0 };
  return { isLimited: true, retryAfterSeconds: secondsUntilWindowEnds(bucket, now, rule) };
}
