import "server-only";
import { db } from "@/lib/db";
import { royaltyPeriodsOfYear } from "@/lib/royalties/royalty-period";
import type { OwnRoyalties, OwnRoyaltyMonth } from "@/lib/royalties/royalty-sheet-types";

type OwnRecord = { period: string; item_count: number; amount_vnd: bigint; is_locked: boolean; paid_vnd: number | null; paid_on: Date | null };

/**
 * One author's own royalties of a year, month by month: their shares (paid
 * or not), the month's lock and what was paid to them. Only months with a
 * share or a payment are listed. Never anyone else's.
 */
export async function getOwnRoyalties(userId: number, year: number): Promise<OwnRoyalties> {
  const periods = royaltyPeriodsOfYear(year);
  const records = await db.$queryRaw<OwnRecord[]>`
    SELECT p.period,
           COALESCE(s.item_count, 0)::int AS item_count, COALESCE(s.amount_vnd, 0)::bigint AS amount_vnd,
           EXISTS (SELECT 1 FROM royalty_months m WHERE m.period = p.period AND m.locked_at IS NOT NULL) AS is_locked,
           pay.amount_vnd AS paid_vnd, pay.paid_on
      FROM unnest(${periods}::text[]) AS p(period)
      LEFT JOIN (SELECT period, COUNT(*) AS item_count, SUM(amount_vnd) AS amount_vnd
                   FROM royalties WHERE user_id = ${userId} AND period BETWEEN ${periods[0]} AND ${periods[11]}
                  GROUP BY period) s ON s.period = p.period
      LEFT JOIN royalty_payments pay ON pay.period = p.period AND pay.user_id = ${userId}
     WHERE s.period IS NOT NULL OR pay.id IS NOT NULL
     ORDER BY p.period`;
  const months: OwnRoyaltyMonth[] = records.map((record) => ({
    period: record.period,
    month: Number(record.period.slice(5)),
    itemCount: record.item_count,
    amountVnd: Number(record.amount_vnd),
    isLocked: record.is_locked,
    payment: record.paid_on && record.paid_vnd !== null ? { amountVnd: record.paid_vnd, paidOn: record.paid_on.toISOString().slice(0, 10) } : null,
  }));
  return {
    year,
    months,
    totalVnd: months.reduce((sum, month) => sum + month.amountVnd, 0),
    paidVnd: months.reduce((sum, month) => sum + (month.payment?.amountVnd ?? 0), 0),
  };
}
