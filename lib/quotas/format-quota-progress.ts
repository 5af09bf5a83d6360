// How a person's published count for the year reads beside an item
// ("Năm 2026: 3 tin, 2 bài (1 chuyên sâu)"). Pure: no database, no clock.

/** Items published in a year by one author. `articles` includes the in-depth ones. */
export type PublishedCounts = { news: number; articles: number; inDepth: number };

export const NO_PUBLISHED: PublishedCounts = { news: 0, articles: 0, inDepth: 0 };

/** "3 tin, 2 bài (1 chuyên sâu)", or "chưa có tin, bài nào được đăng". */
export function formatPublishedCounts(counts: PublishedCounts): string {
  if (counts.news === 0 && counts.articles === 0) return "chưa có tin, bài nào được đăng";
  const parts: string[] = [];
  if (counts.news > 0) parts.push(`${counts.news} tin`);
  if (counts.articles > 0) parts.push(`${counts.articles} bài${counts.inDepth > 0 ? ` (${counts.inDepth} chuyên sâu)` : ""}`);
  return parts.join(", ");
}

/** "Năm 2026: 3 tin, 1 bài". */
export const formatQuotaProgress = (year: number, counts: PublishedCounts): string => `Năm ${year}: ${formatPublishedCounts(counts)}`;
