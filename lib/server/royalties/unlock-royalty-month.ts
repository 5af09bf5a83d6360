import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockRoyaltyMonthForWrite } from "@/lib/server/royalties/royalty-month-lock";
import { parseRoyaltyPeriod } from "@/lib/royalties/royalty-period";
import { SHEET_MESSAGES } from "@/lib/royalties/royalty-sheet-labels";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";

export const MIN_REASON_LENGTH = 5;

type UnlockInput = { period: string; actor: Actor; reason: string; ip?: string | null; now?: Date };

/**
 * Opens a locked month again, with a reason that stays in the month's
 * history and the audit log. Payments already recorded stay; if grades then
 * change, the sheet shows where a paid amount no longer matches.
 */
export async function unlockRoyaltyMonth({ period, actor, reason, ip = null, now = new Date() }: UnlockInput) {
  await authorize(actor, "royalties.manage", { ip });
  const why = reason.trim();
  if (why.length < MIN_REASON_LENGTH) throw new AppError("VALIDATION", SHEET_MESSAGES.reasonRequired, { reason: [SHEET_MESSAGES.reasonRequired] });
  if (!parseRoyaltyPeriod(period)) throw new AppError("VALIDATION", SHEET_MESSAGES.periodInvalid);
  return db.$transaction(async (tx) => {
    const month = await lockRoyaltyMonthForWrite(tx, period);
    if (!month.isLocked) throw new AppError("CONFLICT", SHEET_MESSAGES.notLocked(period));
    await tx.royaltyMonth.update({ where: { period }, data: { lockedAt: null, lockedById: null } });
    await tx.royaltyMonthEvent.create({ data: { period, action: "UNLOCK", reason: why, actorId: actor.id, at: now } });
    const payments = await tx.royaltyPayment.count({ where: { period } });
    const details = { period, reason: why, payments };
    await recordAudit({ action: "royalty.month-unlock", result: "SUCCESS", actorId: actor.id, ip, objectType: "royalty-month", objectId: period, details }, tx);
    return details;
  });
}
