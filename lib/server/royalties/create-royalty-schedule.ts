import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { defaultRoyaltySchedule } from "@/lib/royalties/default-schedule";
import { ROYALTY_MESSAGES } from "@/lib/royalties/royalty-labels";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";

// A new year's royalty settings: a copy of the latest earlier year's (base
// salary, unit value, note, coefficient table and bonuses; the budget starts
// at 0, a new year's estimate), or the defaults when there is none. Audited
// with the source year.

export type CreatedRoyaltySchedule = { id: number; year: number; fromYear: number | null };

export async function createRoyaltySchedule({ actor, ip = null, year }: { actor: Actor; ip?: string | null; year: number }): Promise<CreatedRoyaltySchedule> {
  await authorize(actor, "royalty-rates.manage", { ip });
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.royaltySchedule.findUnique({ where: { year }, select: { id: true } });
      if (existing) throw new AppError("CONFLICT", ROYALTY_MESSAGES.scheduleExists(year));
      const source = await tx.royaltySchedule.findFirst({ where: { year: { lt: year } }, orderBy: { year: "desc" }, include: { rates: true, bonuses: true } });
      const settings = source ?? defaultRoyaltySchedule();
      const schedule = await tx.royaltySchedule.create({
        data: {
          year,
          baseSalaryVnd: settings.baseSalaryVnd,
          unitValueVnd: settings.unitValueVnd,
          note: source?.note ?? null,
          rates: {
            create: settings.rates.map(({ genre, grade, minCoefficient, defaultCoefficient, maxCoefficient }) => ({ genre, grade, minCoefficient, defaultCoefficient, maxCoefficient })),
          },
          bonuses: { create: settings.bonuses.map(({ name, minPercent, maxPercent }) => ({ name, minPercent, maxPercent })) },
        },
      });
      const created = { id: schedule.id, year, fromYear: source?.year ?? null };
      await recordAudit(
        {
          action: "royalty-settings.create",
          result: "SUCCESS",
          actorId: actor.id,
          ip,
          objectType: "royalty-schedule",
          objectId: schedule.id,
          details: { year, fromYear: created.fromYear, rates: settings.rates.length, bonuses: settings.bonuses.length },
        },
        tx,
      );
      return created;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("CONFLICT", ROYALTY_MESSAGES.scheduleExists(year));
    throw error;
  }
}
