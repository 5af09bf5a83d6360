import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";
import { QUOTA_PLAN_MESSAGES } from "@/lib/quotas/plan-messages";

// A new year's quota plan: a copy of the latest earlier year's (its name
// with the year changed, its setting and every rule), or a blank plan when
// there is none. The number/symbol and the dates belong to the old document
// and are left for the administrator to fill in. Audited with the source year.

export const defaultPlanName = (year: number) => `Kế hoạch hoạt động Trang thông tin điện tử năm ${year}`;

/** The source plan's name for the new year: "… năm 2026" → "… năm 2027". */
export function planNameForYear(sourceName: string, sourceYear: number, year: number): string {
  return sourceName.includes(String(sourceYear)) ? sourceName.split(String(sourceYear)).join(String(year)) : defaultPlanName(year);
}

export type CreatedQuotaPlan = { id: number; year: number; fromYear: number | null; rulesCopied: number };

export async function createQuotaPlan({ actor, ip = null, year }: { actor: Actor; ip?: string | null; year: number }): Promise<CreatedQuotaPlan> {
  await authorize(actor, "quota-rules.manage", { ip });
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.quotaPlan.findUnique({ where: { year }, select: { id: true } });
      if (existing) throw new AppError("CONFLICT", QUOTA_PLAN_MESSAGES.yearTaken(year));
      const source = await tx.quotaPlan.findFirst({ where: { year: { lt: year } }, orderBy: { year: "desc" }, include: { rules: true } });
      const plan = await tx.quotaPlan.create({
        data: {
          year,
          name: source ? planNameForYear(source.name, source.year, year) : defaultPlanName(year),
          isArticleForNewsAllowed: source?.isArticleForNewsAllowed ?? false,
          rules: {
            create: (source?.rules ?? []).map((rule) => ({
              subject: rule.subject,
              position: rule.position,
              unitKind: rule.unitKind,
              period: rule.period,
              minInDepth: rule.minInDepth,
              minArticles: rule.minArticles,
              minNews: rule.minNews,
              minAny: rule.minAny,
              note: rule.note,
            })),
          },
        },
      });
      const created = { id: plan.id, year, fromYear: source?.year ?? null, rulesCopied: source?.rules.length ?? 0 };
      await recordAudit(
        {
          action: "quota-plans.create",
          result: "SUCCESS",
          actorId: actor.id,
          ip,
          objectType: "quota-plan",
          objectId: plan.id,
          details: { year, fromYear: created.fromYear, rulesCopied: created.rulesCopied },
        },
        tx,
      );
      return created;
    });
  } catch (error) {
    // Two administrators creating the same year at once: the second meets the unique year.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", QUOTA_PLAN_MESSAGES.yearJustTaken(year));
    }
    throw error;
  }
}
