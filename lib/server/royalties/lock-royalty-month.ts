import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publicItemSql } from "@/lib/server/items/public/public-item";
import { lockRoyaltyMonthForWrite } from "@/lib/server/royalties/royalty-month-lock";
import { parseRoyaltyPeriod, royaltyPeriodRange } from "@/lib/royalties/royalty-period";
import { isPeriodStarted, vietnamDateString } from "@/lib/royalties/royalty-sheet-maths";
import { SHEET_MESSAGES } from "@/lib/royalties/royalty-sheet-labels";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";

type LockInput = { period: string; actor: Actor; ip?: string | null; now?: Date };

/**
 * Locks a month's sheet once checked: from then on no grade, correction or
 * share of the month changes until it is unlocked (with a reason). Items
 * still without a grade do not stop the lock (the page warns); their count
 * is kept in the audit row. The total locked is recorded too.
 */
export async function lockRoyaltyMonth({ period, actor, ip = null, now = new Date() }: LockInput) {
  await authorize(actor, "royalties.manage", { ip });
  if (!parseRoyaltyPeriod(period)) throw new AppError("VALIDATION", SHEET_MESSAGES.periodInvalid);
  if (!isPeriodStarted(period, vietnamDateString(now))) throw new AppError("VALIDATION", SHEET_MESSAGES.notStarted(period));
  const { start, end } = royaltyPeriodRange(period);
  return db.$transaction(async (tx) => {
    const month = await lockRoyaltyMonthForWrite(tx, period);
    if (month.isLocked) throw new AppError("CONFLICT", SHEET_MESSAGES.alreadyLocked(period));
    const [totals] = await tx.$queryRaw<{ total: bigint; authors: number; items: number; missing: number }[]>`
      SELECT (SELECT COALESCE(SUM(amount_vnd), 0) FROM royalties WHERE period = ${period})::bigint AS total,
             (SELECT COUNT(DISTINCT user_id) FROM royalties WHERE period = ${period})::int AS authors,
             (SELECT COUNT(*) FROM royalty_grades WHERE period = ${period})::int AS items,
             (SELECT COUNT(*) FROM items i
               WHERE ${publicItemSql("i")} AND i.published_at >= ${start} AND i.published_at < ${end}
                 AND NOT EXISTS (SELECT 1 FROM royalty_grades g WHERE g.item_id = i.id))::int AS missing`;
    await tx.royaltyMonth.update({ where: { period }, data: { lockedAt: now, lockedById: actor.id } });
    await tx.royaltyMonthEvent.create({ data: { period, action: "LOCK", actorId: actor.id, at: now } });
    const details = { period, totalVnd: Number(totals.total), authors: totals.authors, items: totals.items, missing: totals.missing };
    await recordAudit({ action: "royalty.month-lock", result: "SUCCESS", actorId: actor.id, ip, objectType: "royalty-month", objectId: period, details }, tx);
    return details;
  });
}
