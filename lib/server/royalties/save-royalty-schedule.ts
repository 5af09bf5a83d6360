import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ROYALTY_MESSAGES } from "@/lib/royalties/royalty-labels";
import type { BonusInput, RateInput, RoyaltyScheduleSaveInput } from "@/lib/validations/royalty-schedule";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";

// Saving a year's royalty settings: amounts, note, the whole coefficient
// table (cells matched by genre and grade) and the bonuses (matched by name),
// in one transaction with an audit row of what changed. The editor sends the
// updatedAt it read; a schedule saved by someone else since is a conflict.
// Already graded items keep their amounts: a grade stores the unit value it
// was computed with. A bonus some grade used cannot be removed.

const rateKey = (rate: Pick<RateInput, "genre" | "grade">) => `${rate.genre}:${rate.grade}`;
const sameRate = (a: RateInput, b: RateInput) =>
  a.minCoefficient === b.minCoefficient && a.defaultCoefficient === b.defaultCoefficient && a.maxCoefficient === b.maxCoefficient;
const sameBonus = (a: BonusInput, b: BonusInput) => a.minPercent === b.minPercent && a.maxPercent === b.maxPercent;

function diffRows<T extends object>(before: (T & { id: number })[], after: T[], key: (row: T) => string, same: (a: T, b: T) => boolean) {
  const stored = new Map(before.map((row) => [key(row), row]));
  const wanted = new Set(after.map(key));
  const added = after.filter((row) => !stored.has(key(row)));
  const changed = after.flatMap((row) => {
    const existing = stored.get(key(row));
    return existing && !same(existing, row) ? [{ id: existing.id, before: existing, after: row }] : [];
  });
  const removed = before.filter((row) => !wanted.has(key(row)));
  return { added, changed, removed };
}

export type SavedRoyaltySchedule = { year: number; updatedAt: string; isChanged: boolean; changeCount: number };

export async function saveRoyaltySchedule({ actor, ip = null, input }: { actor: Actor; ip?: string | null; input: RoyaltyScheduleSaveInput }): Promise<SavedRoyaltySchedule> {
  await authorize(actor, "royalty-rates.manage", { ip });
  return db.$transaction(async (tx) => {
    const schedule = await tx.royaltySchedule.findUnique({ where: { year: input.year }, include: { rates: true, bonuses: true } });
    if (!schedule) throw new AppError("NOT_FOUND", ROYALTY_MESSAGES.scheduleMissing(input.year));
    if (schedule.updatedAt.toISOString() !== input.updatedAt) throw new AppError("CONFLICT", ROYALTY_MESSAGES.scheduleConflict);

    const fieldsBefore = { baseSalaryVnd: schedule.baseSalaryVnd, unitValueVnd: schedule.unitValueVnd, budgetVnd: Number(schedule.budgetVnd), note: schedule.note };
    const fieldsAfter = { baseSalaryVnd: input.baseSalaryVnd, unitValueVnd: input.unitValueVnd, budgetVnd: input.budgetVnd, note: input.note };
    const fields = Object.fromEntries(
      (Object.keys(fieldsAfter) as (keyof typeof fieldsAfter)[]).filter((key) => fieldsBefore[key] !== fieldsAfter[key]).map((key) => [key, { from: fieldsBefore[key], to: fieldsAfter[key] }]),
    );
    const rates = diffRows<RateInput>(schedule.rates, input.rates, rateKey, sameRate);
    const bonuses = diffRows<BonusInput>(schedule.bonuses, input.bonuses, (bonus) => bonus.name.toLowerCase(), sameBonus);
    const changeCount =
      Object.keys(fields).length + rates.added.length + rates.changed.length + rates.removed.length + bonuses.added.length + bonuses.changed.length + bonuses.removed.length;
    if (changeCount === 0) return { year: schedule.year, updatedAt: schedule.updatedAt.toISOString(), isChanged: false, changeCount };

    if (bonuses.removed.length > 0) {
      const used = await tx.royaltyGrade.groupBy({ by: ["bonusId"], where: { bonusId: { in: bonuses.removed.map((bonus) => bonus.id) } }, _count: { _all: true } });
      const first = used[0];
      if (first) {
        const bonus = bonuses.removed.find((row) => row.id === first.bonusId)!;
        throw new AppError("VALIDATION", ROYALTY_MESSAGES.bonusInUse(bonus.name, first._count._all));
      }
    }
    const updatedAt = new Date(Math.max(Date.now(), schedule.updatedAt.getTime() + 1));
    const { count } = await tx.royaltySchedule.updateMany({
      where: { id: schedule.id, updatedAt: schedule.updatedAt },
      data: { ...fieldsAfter, budgetVnd: BigInt(input.budgetVnd), updatedAt },
    });
    if (count === 0) throw new AppError("CONFLICT", ROYALTY_MESSAGES.scheduleConflict);
    if (rates.removed.length > 0) await tx.royaltyRate.deleteMany({ where: { id: { in: rates.removed.map((rate) => rate.id) } } });
    for (const { id, after } of rates.changed) await tx.royaltyRate.update({ where: { id }, data: after });
    if (rates.added.length > 0) await tx.royaltyRate.createMany({ data: rates.added.map((rate) => ({ scheduleId: schedule.id, ...rate })) });
    if (bonuses.removed.length > 0) await tx.royaltyBonus.deleteMany({ where: { id: { in: bonuses.removed.map((bonus) => bonus.id) } } });
    for (const { id, after } of bonuses.changed) await tx.royaltyBonus.update({ where: { id }, data: { minPercent: after.minPercent, maxPercent: after.maxPercent } });
    if (bonuses.added.length > 0) await tx.royaltyBonus.createMany({ data: bonuses.added.map((bonus) => ({ scheduleId: schedule.id, ...bonus })) });

    const cells = (rate: RateInput): RateInput => ({
      genre: rate.genre,
      grade: rate.grade,
      minCoefficient: rate.minCoefficient,
      defaultCoefficient: rate.defaultCoefficient,
      maxCoefficient: rate.maxCoefficient,
    });
    await recordAudit(
      {
        action: "royalty-settings.save",
        result: "SUCCESS",
        actorId: actor.id,
        ip,
        objectType: "royalty-schedule",
        objectId: schedule.id,
        details: {
          year: schedule.year,
          fields,
          ratesAdded: rates.added,
          ratesChanged: rates.changed.map(({ before, after }) => ({ from: cells(before), to: after })),
          ratesRemoved: rates.removed.map(cells),
          bonusesAdded: bonuses.added,
          bonusesChanged: bonuses.changed.map(({ before, after }) => ({ name: after.name, from: [before.minPercent, before.maxPercent], to: [after.minPercent, after.maxPercent] })),
          bonusesRemoved: bonuses.removed.map((bonus) => bonus.name),
        },
      },
      tx,
    );
    return { year: schedule.year, updatedAt: updatedAt.toISOString(), isChanged: true, changeCount };
  });
}
