// How long an item has been in its status, as the queues show it: "chờ 3 giờ".
// Pure: the caller passes the clock.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "dưới 1 phút", "5 phút", "3 giờ", "2 ngày" (rounded down). */
export function formatElapsed(since: Date | string, now: Date): string {
  const elapsed = Math.max(0, now.getTime() - new Date(since).getTime());
  if (elapsed < MINUTE) return "dưới 1 phút";
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} phút`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)} giờ`;
  return `${Math.floor(elapsed / DAY)} ngày`;
}

/** "chờ 5 phút", "chờ 3 giờ", "chờ 2 ngày". */
export const formatWaitingTime = (since: Date | string, now: Date): string => `chờ ${formatElapsed(since, now)}`;

/** Long waits are flagged in the queues (more than two days). */
export const isLongWait = (since: Date | string, now: Date): boolean => now.getTime() - new Date(since).getTime() > 2 * DAY;
