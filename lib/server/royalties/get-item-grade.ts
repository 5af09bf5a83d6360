import "server-only";
import { db } from "@/lib/db";
import type { ItemKind, ItemStatus, RoyaltyGenre } from "@/lib/generated/prisma/enums";
import { getRoyaltySchedule, type RoyaltyBonusView, type RoyaltyRateView } from "@/lib/server/royalties/get-royalty-schedule";
import { defaultGenreFor } from "@/lib/royalties/royalty-maths";
import { royaltyPeriodOf } from "@/lib/royalties/royalty-period";

// What the grading form and the item page's royalty panel show: the item's
// kind and authors, the year's table to grade against, and the grade with
// its shares and its corrections.

export type GradingContext = {
  itemId: number;
  suggestedGenre: RoyaltyGenre;
  authors: { id: number; name: string }[];
  year: number;
  /** Already graded: the form is not offered again (corrections are made on the item page). */
  isGraded: boolean;
  /** Null when the year has no settings yet (the form says so). */
  schedule: { unitValueVnd: number; rates: RoyaltyRateView[]; bonuses: RoyaltyBonusView[] } | null;
};

export async function getGradingContext(itemId: number, at: Date): Promise<GradingContext | null> {
  const item = await db.item.findUnique({
    where: { id: itemId },
    select: { id: true, kind: true, isInDepth: true, authors: { orderBy: { sortOrder: "asc" }, select: { user: { select: { id: true, name: true } } } } },
  });
  if (!item) return null;
  const year = Number(royaltyPeriodOf(at).slice(0, 4));
  const [schedule, graded] = await Promise.all([getRoyaltySchedule(year), db.royaltyGrade.findUnique({ where: { itemId }, select: { id: true } })]);
  return {
    itemId: item.id,
    suggestedGenre: defaultGenreFor(item.kind as ItemKind, item.isInDepth),
    authors: item.authors.map((author) => author.user),
    year,
    isGraded: graded !== null,
    schedule: schedule && { unitValueVnd: schedule.unitValueVnd, rates: schedule.rates, bonuses: schedule.bonuses },
  };
}

export type ItemGradeView = {
  itemId: number;
  status: ItemStatus;
  createdById: number;
  authorIds: number[];
  /** The instant the grade's month is taken from (publication, or the scheduled time). */
  gradableAt: Date | null;
  grade: {
    period: string;
    genre: RoyaltyGenre;
    grade: string;
    coefficient: number;
    bonusId: number | null;
    bonusName: string | null;
    bonusPercent: number;
    unitValueVnd: number;
    totalVnd: number;
    note: string | null;
    gradedBy: string;
    gradedAt: Date;
    shares: { userId: number; name: string; basisPoints: number; amountVnd: number }[];
  } | null;
  history: { id: number; reason: string; changedBy: string; changedAt: Date; totalBefore: number | null; totalAfter: number | null }[];
};

const totalOf = (json: unknown): number | null =>
  typeof json === "object" && json !== null && typeof (json as { totalVnd?: unknown }).totalVnd === "number" ? (json as { totalVnd: number }).totalVnd : null;

export async function getItemGrade(itemId: number): Promise<ItemGradeView | null> {
  const item = await db.item.findUnique({
    where: { id: itemId },
    select: { id: true, status: true, publishedAt: true, scheduledAt: true, createdById: true, authors: { select: { userId: true } } },
  });
  if (!item) return null;
  const stored = await db.royaltyGrade.findUnique({
    where: { itemId },
    include: {
      bonus: { select: { name: true } },
      gradedBy: { select: { name: true } },
      shares: { orderBy: { id: "asc" }, include: { user: { select: { name: true } } } },
      changes: { orderBy: [{ changedAt: "desc" }, { id: "desc" }], include: { changedBy: { select: { name: true } } } },
    },
  });
  const gradableAt = item.status === "PUBLISHED" ? item.publishedAt : item.status === "SCHEDULED" ? item.scheduledAt : null;
  return {
    itemId: item.id,
    status: item.status,
    createdById: item.createdById,
    authorIds: item.authors.map((author) => author.userId),
    gradableAt,
    grade: stored && {
      period: stored.period,
      genre: stored.genre,
      grade: stored.grade,
      coefficient: stored.coefficient,
      bonusId: stored.bonusId,
      bonusName: stored.bonus?.name ?? null,
      bonusPercent: stored.bonusPercent,
      unitValueVnd: stored.unitValueVnd,
      totalVnd: stored.totalVnd,
      note: stored.note,
      gradedBy: stored.gradedBy.name,
      gradedAt: stored.gradedAt,
      shares: stored.shares.map((share) => ({ userId: share.userId, name: share.user.name, basisPoints: share.shareBasisPoints, amountVnd: share.amountVnd })),
    },
    history: (stored?.changes ?? []).map((change) => ({
      id: change.id,
      reason: change.reason,
      changedBy: change.changedBy.name,
      changedAt: change.changedAt,
      totalBefore: totalOf(change.before),
      totalAfter: totalOf(change.after),
    })),
  };
}
