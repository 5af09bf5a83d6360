// Builders for quota tests: a plan with rules, and position history.
import { db } from "@/lib/db";
import type { Position, QuotaPeriod, UnitKind } from "@/lib/generated/prisma/client";

type Minimums = { minNews?: number; minArticles?: number; minInDepth?: number; minAny?: number };

/** Plan 91-KH/ĐUK's rules: standing members 1 in-depth, heads 2 articles, deputies 1 article + 2 news, staff 5 news, grassroots 1 item a year, departments and mass organisations 1 a month. */
export const PLAN_91_RULES: { person: [Position, Minimums][]; unit: [UnitKind, QuotaPeriod, Minimums][] } = {
  person: [
    ["STANDING_MEMBER", { minInDepth: 1 }],
    ["HEAD", { minArticles: 2 }],
    ["DEPUTY", { minArticles: 1, minNews: 2 }],
    ["STAFF", { minNews: 5 }],
  ],
  unit: [
    ["GRASSROOTS", "YEAR", { minAny: 1 }],
    ["DEPARTMENT", "MONTH", { minAny: 1 }],
    ["MASS_ORGANISATION", "MONTH", { minAny: 1 }],
  ],
};

/** The year's plan (replacing any), with plan 91-KH/ĐUK's rules unless told otherwise. */
export async function createQuotaPlan(input: {
  year: number;
  isArticleForNewsAllowed?: boolean;
  referenceDate?: Date | null;
  rules?: typeof PLAN_91_RULES;
}) {
  const rules = input.rules ?? PLAN_91_RULES;
  // One plan a year: a test that sets its own replaces any earlier one.
  await db.quotaPlan.deleteMany({ where: { year: input.year } });
  return db.quotaPlan.create({
    data: {
      year: input.year,
      name: `Kế hoạch thử nghiệm năm ${input.year}`,
      reference: "91-KH/ĐUK",
      issuedOn: new Date(`${input.year}-02-28`),
      referenceDate: input.referenceDate ?? null,
      isArticleForNewsAllowed: input.isArticleForNewsAllowed ?? false,
      rules: {
        create: [
          ...rules.person.map(([position, minimums]) => ({ subject: "PERSON" as const, position, ...minimums })),
          ...rules.unit.map(([unitKind, period, minimums]) => ({ subject: "UNIT" as const, unitKind, period, ...minimums })),
        ],
      },
    },
    include: { rules: true },
  });
}

/** Rewrites a person's position history: `spells` in time order, the last one equal to the users row. */
export async function setPositionHistory(userId: number, spells: { position: Position; unitId: number; from: Date }[]) {
  await db.positionSpell.deleteMany({ where: { userId } });
  await db.positionSpell.createMany({ data: spells.map((spell) => ({ userId, position: spell.position, unitId: spell.unitId, validFrom: spell.from })) });
}

/** Moves each person's first spell back to `from` (they "always" held it, as after the migration). */
export async function backdateFirstSpells(from: Date = new Date("1970-01-01T00:00:00Z")) {
  await db.$executeRaw`
    UPDATE position_spells SET valid_from = ${from}
     WHERE id IN (SELECT DISTINCT ON (user_id) id FROM position_spells ORDER BY user_id, valid_from)`;
}
