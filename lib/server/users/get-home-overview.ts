import "server-only";
import { db } from "@/lib/db";
import type { ItemStatus, Role } from "@/lib/generated/prisma/enums";
import { getOwnQuotaProgress } from "@/lib/server/quotas/get-own-progress";
import { getQuotaYearReport } from "@/lib/server/quotas/get-quota-year-report";
import type { OwnQuotaProgress, QuotaTotals } from "@/lib/quotas/quota-types";
import { quotaYear } from "@/lib/quotas/quota-year";
import { listSectionsBehind } from "@/lib/server/reports/get-section-cadence";
import type { SectionCadenceRow } from "@/lib/reports/report-types";

// What each role's block on the back-office home shows: the person's own
// items by status, the first few of each desk's queue (longest waiting
// first), the administrator's totals; the person's own quota progress, the
// year's quota totals for the standing committee, and the sections behind
// their cadence for the secretary and the board.

const QUEUE_LENGTH = 5;

export type QueueItem = { id: number; title: string; statusChangedAt: Date; authorNames: string[] };
export type Queue = { total: number; items: QueueItem[] };

async function queue(status: ItemStatus): Promise<Queue> {
  const [total, items] = await Promise.all([
    db.item.count({ where: { status } }),
    db.item.findMany({
      where: { status },
      // Oldest first: whoever has waited longest is served first.
      orderBy: [{ statusChangedAt: "asc" }, { id: "asc" }],
      take: QUEUE_LENGTH,
      select: {
        id: true,
        title: true,
        statusChangedAt: true,
        authors: { orderBy: { sortOrder: "asc" }, select: { user: { select: { name: true } } } },
      },
    }),
  ]);
  return {
    total,
    items: items.map(({ authors, ...item }) => ({ ...item, authorNames: authors.map((author) => author.user.name) })),
  };
}

async function ownItemsByStatus(userId: number): Promise<Partial<Record<ItemStatus, number>>> {
  const groups = await db.item.groupBy({
    by: ["status"],
    where: { OR: [{ createdById: userId }, { authors: { some: { userId } } }] },
    _count: { _all: true },
  });
  return Object.fromEntries(groups.map((group) => [group.status, group._count._all]));
}

async function adminTotals() {
  const [people, activePeople, lockedPeople, units, activeUnits, sections, visibleSections] = await Promise.all([
    db.user.count(),
    db.user.count({ where: { isActive: true } }),
    db.user.count({ where: { lockedUntil: { gt: new Date() } } }),
    db.unit.count(),
    db.unit.count({ where: { isActive: true } }),
    db.section.count(),
    db.section.count({ where: { isVisible: true } }),
  ]);
  return { people, activePeople, lockedPeople, units, activeUnits, sections, visibleSections };
}

export type QuotaYearOverview = { year: number; hasPlan: boolean; totals: QuotaTotals; computedAt: string };

async function quotaYearOverview(now: Date): Promise<QuotaYearOverview> {
  const report = await getQuotaYearReport(quotaYear(now).year, now);
  return { year: report.year, hasPlan: report.plan !== null, totals: report.totals, computedAt: report.computedAt };
}

export type HomeOverview = {
  ownItems?: Partial<Record<ItemStatus, number>>;
  /** The contributor's own progress only: never anyone else's. */
  ownQuota?: OwnQuotaProgress;
  secretaryQueue?: Queue;
  boardQueue?: Queue;
  quotaYear?: QuotaYearOverview;
  sectionsBehind?: SectionCadenceRow[];
  admin?: Awaited<ReturnType<typeof adminTotals>>;
};

/** The data of every block the person's roles give them, loaded together. */
export async function getHomeOverview(user: { id: number; roles: readonly Role[] }, now: Date = new Date()): Promise<HomeOverview> {
  const has = (role: Role) => user.roles.includes(role);
  const [ownItems, ownQuota, secretaryQueue, boardQueue, quotaYearTotals, sectionsBehind, admin] = await Promise.all([
    has("CONTRIBUTOR") ? ownItemsByStatus(user.id) : undefined,
    has("CONTRIBUTOR") ? getOwnQuotaProgress(user.id, now) : undefined,
    has("SECRETARY") ? queue("SUBMITTED") : undefined,
    has("EDITORIAL_BOARD") ? queue("FORWARDED") : undefined,
    has("STANDING_COMMITTEE") ? quotaYearOverview(now) : undefined,
    has("SECRETARY") || has("EDITORIAL_BOARD") ? listSectionsBehind(now) : undefined,
    has("ADMINISTRATOR") ? adminTotals() : undefined,
  ]);
  return { ownItems, ownQuota, secretaryQueue, boardQueue, quotaYear: quotaYearTotals, sectionsBehind, admin };
}
