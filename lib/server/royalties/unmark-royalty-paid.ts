import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockRoyaltyMonthForWrite } from "@/lib/server/royalties/royalty-month-lock";
import { SHEET_MESSAGES } from "@/lib/royalties/royalty-sheet-labels";
import { MIN_REASON_LENGTH } from "@/lib/server/royalties/unlock-royalty-month";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";

type UnpayInput = { period: string; userId: number; reason: string; actor: Actor; ip?: string | null };

/**
 * Takes back a payment recorded by mistake, only while the month is locked
 * and with a reason; the audit row keeps the amount and date that were removed.
 */
export async function unmarkRoyaltyPaid({ period, userId, reason, actor, ip = null }: UnpayInput) {
  await authorize(actor, "royalties.manage", { ip });
  const why = reason.trim();
  if (why.length < MIN_REASON_LENGTH) throw new AppError("VALIDATION", SHEET_MESSAGES.reasonRequired, { reason: [SHEET_MESSAGES.reasonRequired] });
  return db.$transaction(async (tx) => {
    const month = await lockRoyaltyMonthForWrite(tx, period);
    if (!month.isLocked) throw new AppError("CONFLICT", SHEET_MESSAGES.unpayOnlyLocked(period));
    const payment = await tx.royaltyPayment.findUnique({
      where: { period_userId: { period, userId } },
      select: { id: true, amountVnd: true, paidOn: true, user: { select: { name: true } } },
    });
    if (!payment) throw new AppError("NOT_FOUND", SHEET_MESSAGES.notPaid);
    await tx.royaltyPayment.delete({ where: { id: payment.id } });
    const details = { period, userId, name: payment.user.name, reason: why, amountVnd: payment.amountVnd, paidOn: payment.paidOn.toISOString().slice(0, 10) };
    await recordAudit({ action: "royalty.unpay", result: "SUCCESS", actorId: actor.id, ip, objectType: "royalty-month", objectId: period, details }, tx);
    return details;
  });
}
