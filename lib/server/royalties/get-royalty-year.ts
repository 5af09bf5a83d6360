import "server-only";
import { db } from "@/lib/db";
import { royaltyPeriodsOfYear } from "@/lib/royalties/royalty-period";
import { withBudget } from "@/lib/royalties/royalty-sheet-maths";
import type { RoyaltyYear, YearAuthorRow, YearMonthRow } from "@/lib/royalties/royalty-sheet-types";

type MonthRecord = { period: string; graded_vnd: bigint; item_count: number; paid_vnd: bigint; is_locked: boolean };
type AuthorRecord = { user_id: number; name: string; unit_name: string; item_count: number; graded_vnd: bigint; paid_vnd: bigint };

/**
 * The year's royalties by month (graded, paid, items, lock) against its
 * budget (dự toán), and per author: every sum is computed in SQL.
 */
export async function getRoyaltyYear(year: number): Promise<RoyaltyYear> {
  const periods = royaltyPeriodsOfYear(year);
  const [first, last] = [periods[0], periods[11]];
  const [schedule, monthRecords, authorRecords] = await Promise.all([
    db.royaltySchedule.findUnique({ where: { year }, select: { budgetVnd: true } }),
    db.$queryRaw<MonthRecord[]>`
      SELECT p.period,
             COALESCE((SELECT SUM(g.total_vnd) FROM royalty_grades g WHERE g.period = p.period), 0)::bigint AS graded_vnd,
             (SELECT COUNT(*) FROM royalty_grades g WHERE g.period = p.period)::int AS item_count,
             COALESCE((SELECT SUM(pay.amount_vnd) FROM royalty_payments pay WHERE pay.period = p.period), 0)::bigint AS paid_vnd,
             EXISTS (SELECT 1 FROM royalty_months m WHERE m.period = p.period AND m.locked_at IS NOT NULL) AS is_locked
        FROM unnest(${periods}::text[]) AS p(period)
       ORDER BY p.period`,
    db.$queryRaw<AuthorRecord[]>`
      SELECT u.id AS user_id, u.name, un.name AS unit_name,
             COALESCE(s.item_count, 0)::int AS item_count, COALESCE(s.graded_vnd, 0)::bigint AS graded_vnd,
             COALESCE(pay.paid_vnd, 0)::bigint AS paid_vnd
        FROM (SELECT user_id, COUNT(*) AS item_count, SUM(amount_vnd) AS graded_vnd
                FROM royalties WHERE period BETWEEN ${first} AND ${last} GROUP BY user_id) s
        FULL JOIN (SELECT user_id, SUM(amount_vnd) AS paid_vnd
                     FROM royalty_payments WHERE period BETWEEN ${first} AND ${last} GROUP BY user_id) pay ON pay.user_id = s.user_id
        JOIN users u ON u.id = COALESCE(s.user_id, pay.user_id)
        JOIN units un ON un.id = u.unit_id`,
  ]);
  const budgetVnd = Number(schedule?.budgetVnd ?? 0n);
  const rows: YearMonthRow[] = monthRecords.map((record) => ({
    period: record.period,
    month: Number(record.period.slice(5)),
    gradedVnd: Number(record.graded_vnd),
    itemCount: record.item_count,
    paidVnd: Number(record.paid_vnd),
    isLocked: record.is_locked,
  }));
  const months = withBudget(rows, budgetVnd);
  const authors: YearAuthorRow[] = authorRecords
    .map((record) => ({
      userId: record.user_id,
      name: record.name,
      unitName: record.unit_name,
      itemCount: record.item_count,
      gradedVnd: Number(record.graded_vnd),
      paidVnd: Number(record.paid_vnd),
    }))
    .sort((a, b) => b.gradedVnd - a.gradedVnd || a.name.localeCompare(b.name, "vi"));
  const paidVnd = months.at(-1)?.cumulativePaidVnd ?? 0;
  return {
    year,
    hasSchedule: schedule !== null,
    budgetVnd,
    months,
    gradedVnd: rows.reduce((sum, month) => sum + month.gradedVnd, 0),
    paidVnd,
    itemCount: rows.reduce((sum, month) => sum + month.itemCount, 0),
    remainingVnd: budgetVnd - paidVnd,
    authors,
  };
}
