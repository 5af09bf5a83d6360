// Royalties (nhuận bút): the settings of every year with published demo
// items (last year's at the old base salary, this year's at today's), and
// the board's grades of all of last year's published items and most of this
// year's, each with its authors' shares, worked out with the same maths as
// the board's form (lib/royalties/royalty-maths.ts). About one item in six of
// this year is left ungraded, so the secretary's sheet has some "chưa chấm",
// and one grade carries a correction. Written in batches.
import type { RoyaltyGenre } from "@/lib/generated/prisma/enums";
import { defaultRoyaltySchedule } from "@/lib/royalties/default-schedule";
import { defaultGenreFor, equalShareBasisPoints, royaltyTotalVnd, splitRoyalty } from "@/lib/royalties/royalty-maths";
import { royaltyPeriodOf } from "@/lib/royalties/royalty-period";
import { addDays } from "../clock";
import { inBatches, personByEmail, type SeedContext } from "../context";

const BATCH = 200;
/** The grade letter of the n-th item: mostly B, some A and C. */
const GRADE_CYCLE = ["B", "A", "B", "C", "B", "B", "A", "C"] as const;
/** Items about these get the local bonuses (ethnic minorities 15 %, border and remote areas 10 %). */
const ETHNIC = /dân tộc|đồng bào|vùng cao|miền núi/i;
const REMOTE = /biên giới|vùng sâu|vùng xa/i;

type Share = { userId: number; basisPoints: number; amountVnd: number };
type PlannedGrade = {
  itemId: number;
  scheduleId: number;
  period: string;
  genre: RoyaltyGenre;
  grade: string;
  coefficient: number;
  bonusId: number | null;
  bonusPercent: number;
  unitValueVnd: number;
  totalVnd: number;
  gradedAt: Date;
  shares: Share[];
};

export async function seedRoyalties(context: SeedContext): Promise<number> {
  const { tx, clock } = context;
  const grader = personByEmail(context, "bbt@demo.local");
  const defaults = defaultRoyaltySchedule();
  const years = [
    // Before 1 July 2024 the base salary was 1.800.000 ₫; the demo's last year keeps today's for simplicity.
    { year: clock.lastYear, budgetVnd: 120_000_000n, note: "Theo Quy chế chi trả nhuận bút, thù lao của Trang thông tin điện tử (Nghị định 18/2014/NĐ-CP)." },
    { year: clock.thisYear, budgetVnd: 150_000_000n, note: "Dự toán theo Kế hoạch hoạt động Trang thông tin điện tử năm nay." },
  ];
  const schedules = new Map<number, { id: number; unitValueVnd: number; ethnicBonusId: number | null; remoteBonusId: number | null }>();
  for (const { year, budgetVnd, note } of years) {
    const schedule = await tx.royaltySchedule.create({
      data: {
        year,
        baseSalaryVnd: defaults.baseSalaryVnd,
        unitValueVnd: defaults.unitValueVnd,
        budgetVnd,
        note,
        rates: { create: defaults.rates },
        bonuses: { create: defaults.bonuses },
      },
      include: { bonuses: true },
    });
    const ethnic = schedule.bonuses.find((bonus) => bonus.name.includes("dân tộc"));
    const remote = schedule.bonuses.find((bonus) => bonus.name.includes("biên giới"));
    schedules.set(year, { id: schedule.id, unitValueVnd: schedule.unitValueVnd, ethnicBonusId: ethnic?.id ?? null, remoteBonusId: remote?.id ?? null });
  }
  const cells = new Map(defaults.rates.map((rate) => [`${rate.genre}:${rate.grade}`, rate]));

  const items = await tx.item.findMany({
    where: { status: "PUBLISHED", publishedAt: { not: null } },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, isInDepth: true, title: true, lead: true, bodyText: true, publishedAt: true, createdById: true, authors: { orderBy: { sortOrder: "asc" }, select: { userId: true } } },
  });
  const planned: PlannedGrade[] = [];
  items.forEach((item, index) => {
    const period = royaltyPeriodOf(item.publishedAt!);
    const schedule = schedules.get(Number(period.slice(0, 4)));
    const authorIds = item.authors.map((author) => author.userId);
    if (!schedule || authorIds.length === 0 || authorIds.includes(grader.id) || item.createdById === grader.id) return;
    const isThisYear = period.startsWith(String(clock.thisYear));
    if (isThisYear && index % 6 === 5) return;
    const genre = defaultGenreFor(item.kind, item.isInDepth);
    const grade = GRADE_CYCLE[index % GRADE_CYCLE.length]!;
    const cell = cells.get(`${genre}:${grade}`)!;
    const text = `${item.title} ${item.lead} ${item.bodyText}`;
    const bonus = ETHNIC.test(text) ? { id: schedule.ethnicBonusId, percent: 15 } : REMOTE.test(text) ? { id: schedule.remoteBonusId, percent: 10 } : null;
    const bonusPercent = bonus?.id ? bonus.percent : 0;
    const totalVnd = royaltyTotalVnd({ coefficient: cell.defaultCoefficient, unitValueVnd: schedule.unitValueVnd, bonusPercent });
    const points = equalShareBasisPoints(authorIds.length);
    const gradedAt = new Date(Math.min(addDays(item.publishedAt!, 1).getTime(), clock.now.getTime()));
    planned.push({
      itemId: item.id,
      scheduleId: schedule.id,
      period,
      genre,
      grade,
      coefficient: cell.defaultCoefficient,
      bonusId: bonus?.id ?? null,
      bonusPercent,
      unitValueVnd: schedule.unitValueVnd,
      totalVnd,
      gradedAt,
      shares: splitRoyalty(totalVnd, authorIds.map((userId, position) => ({ userId, basisPoints: points[position]! }))),
    });
  });

  const written = await inBatches(planned, BATCH, (batch) =>
    tx.royaltyGrade.createManyAndReturn({
      data: batch.map((grade) => ({
        itemId: grade.itemId,
        scheduleId: grade.scheduleId,
        period: grade.period,
        genre: grade.genre,
        grade: grade.grade,
        coefficient: grade.coefficient,
        bonusId: grade.bonusId,
        bonusPercent: grade.bonusPercent,
        unitValueVnd: grade.unitValueVnd,
        totalVnd: grade.totalVnd,
        gradedById: grader.id,
        gradedAt: grade.gradedAt,
        updatedAt: grade.gradedAt,
      })),
      select: { id: true, itemId: true },
    }),
  );
  const gradeIds = new Map(written.map((row) => [row.itemId, row.id]));
  const shares = planned.flatMap((grade) =>
    grade.shares.map((share) => ({
      gradeId: gradeIds.get(grade.itemId)!,
      itemId: grade.itemId,
      userId: share.userId,
      shareBasisPoints: share.basisPoints,
      amountVnd: share.amountVnd,
      period: grade.period,
      createdAt: grade.gradedAt,
    })),
  );
  await inBatches(shares, BATCH * 2, async (batch) => {
    await tx.royalty.createMany({ data: batch });
    return [];
  });
  await seedCorrection(context, planned, gradeIds, grader.id);
  return planned.length;
}

/** One of this year's graded articles was first graded C and corrected to its grade now, with the reason. */
async function seedCorrection(context: SeedContext, planned: PlannedGrade[], gradeIds: Map<number, number>, graderId: number) {
  const corrected = planned.find((grade) => grade.genre === "ARTICLE" && grade.grade !== "C" && grade.period.startsWith(String(context.clock.thisYear)));
  if (!corrected) return;
  const low = defaultRoyaltySchedule().rates.find((rate) => rate.genre === "ARTICLE" && rate.grade === "C")!;
  const snapshot = (grade: string, coefficient: number) => {
    const totalVnd = royaltyTotalVnd({ coefficient, unitValueVnd: corrected.unitValueVnd, bonusPercent: corrected.bonusPercent });
    const points = corrected.shares.map((share) => ({ userId: share.userId, basisPoints: share.basisPoints }));
    return {
      period: corrected.period,
      genre: corrected.genre,
      grade,
      coefficient,
      bonusId: corrected.bonusId,
      bonusPercent: corrected.bonusPercent,
      unitValueVnd: corrected.unitValueVnd,
      totalVnd,
      note: null,
      shares: splitRoyalty(totalVnd, points).map((share) => ({ userId: share.userId, basisPoints: share.basisPoints, amountVnd: share.amountVnd })),
    };
  };
  await context.tx.royaltyGradeChange.create({
    data: {
      gradeId: gradeIds.get(corrected.itemId)!,
      changedById: graderId,
      reason: "Bài được nhiều cơ quan báo chí trích dẫn; Ban Biên tập thống nhất nâng loại.",
      before: snapshot(low.grade, low.defaultCoefficient),
      after: snapshot(corrected.grade, corrected.coefficient),
      changedAt: addDays(corrected.gradedAt, 2) < context.clock.now ? addDays(corrected.gradedAt, 2) : context.clock.now,
    },
  });
}
