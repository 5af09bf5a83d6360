import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SHEET_MESSAGES } from "@/lib/royalties/royalty-sheet-labels";

export type RoyaltyMonthState = { period: string; isLocked: boolean };

/**
 * Inside a transaction: makes sure the month's row exists and takes its row
 * lock (SELECT … FOR UPDATE). Every write that changes a month's amounts
 * (grading, correcting a grade, changing shares) and every lock, unlock or
 * payment goes through here first, so a lock and a grade of the same month
 * queue up instead of crossing.
 */
export async function lockRoyaltyMonthForWrite(tx: Prisma.TransactionClient, period: string): Promise<RoyaltyMonthState> {
  await tx.$executeRaw`INSERT INTO royalty_months (period) VALUES (${period}) ON CONFLICT (period) DO NOTHING`;
  const rows = await tx.$queryRaw<{ locked_at: Date | null }[]>`
    SELECT locked_at FROM royalty_months WHERE period = ${period} FOR UPDATE`;
  return { period, isLocked: rows[0]?.locked_at != null };
}

/** Like lockRoyaltyMonthForWrite, and refuses when the month's sheet is locked. */
export async function assertRoyaltyMonthOpen(tx: Prisma.TransactionClient, period: string): Promise<void> {
  const month = await lockRoyaltyMonthForWrite(tx, period);
  if (month.isLocked) {
    throw new AppError("CONFLICT", SHEET_MESSAGES.lockedForEdits(period));
  }
}
