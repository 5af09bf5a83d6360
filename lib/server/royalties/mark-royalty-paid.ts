import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockRoyaltyMonthForWrite } from "@/lib/server/royalties/royalty-month-lock";
import { paidOnProblem, vietnamDateString } from "@/lib/royalties/royalty-sheet-maths";
import { SHEET_MESSAGES } from "@/lib/royalties/royalty-sheet-labels";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";

type PayInput = { period: string; userId: number; paidOn: string; actor: Actor; ip?: string | null; now?: Date };

/**
 * Records that one author's royalties of a locked month were paid on a date.
 * The amount is the author's locked total, read inside the month's lock, so
 * what is recorded is exactly what the checked sheet says.
 */
export async function markRoyaltyPaid({ period, userId, paidOn, actor, ip = null, now = new Date() }: PayInput) {
  await authorize(actor, "royalties.manage", { ip });
  const problem = paidOnProblem(paidOn, period, vietnamDateString(now));
  if (problem) throw new AppError("VALIDATION", problem, { paidOn: [problem] });
  return db.$transaction(async (tx) => {
    const month = await lockRoyaltyMonthForWrite(tx, period);
    if (!month.isLocked) throw new AppError("CONFLICT", SHEET_MESSAGES.payOnlyLocked(period));
    const [owed] = await tx.$queryRaw<{ total: bigint; items: number }[]>`
      SELECT COALESCE(SUM(amount_vnd), 0)::bigint AS total, COUNT(*)::int AS items
        FROM royalties WHERE period = ${period} AND user_id = ${userId}`;
    const amountVnd = Number(owed.total);
    if (owed.items === 0) throw new AppError("VALIDATION", SHEET_MESSAGES.nothingToPay);
    const existing = await tx.royaltyPayment.findUnique({ where: { period_userId: { period, userId } }, select: { id: true } });
    if (existing) throw new AppError("CONFLICT", SHEET_MESSAGES.alreadyPaid);
    const payment = await tx.royaltyPayment.create({
      data: { period, userId, amountVnd, paidOn: new Date(`${paidOn}T00:00:00Z`), recordedById: actor.id },
      select: { id: true, user: { select: { name: true } } },
    });
    await recordAudit(
      {
        action: "royalty.pay",
        result: "SUCCESS",
        actorId: actor.id,
        ip,
        objectType: "royalty-month",
        objectId: period,
        details: { period, userId, name: payment.user.name, amountVnd, paidOn, items: owed.items },
      },
      tx,
    );
    return { id: payment.id, name: payment.user.name, amountVnd, paidOn };
  });
}
