import type { ItemKind, Position, QuotaPeriod, UnitKind } from "@/lib/generated/prisma/enums";

// The shapes of the quota report (chỉ tiêu), shared by loaders, pages,
// exports and the browser. Pure types: no database, no server code.

/** Items counted for someone in a period, by kind. `articles` includes the in-depth ones; `news` includes photo stories and videos. */
export type KindCounts = { news: number; articles: number; inDepth: number };

/** A rule's minimums. `minAny`: at least that many items of any kind. */
export type QuotaMinimums = { minNews: number; minArticles: number; minInDepth: number; minAny: number };

/**
 * COMPLETED: every minimum met; EXCEEDED: met, with more items than the
 * target asks; NOT_YET: some minimum not met; NO_TARGET: no rule applies.
 */
export type QuotaStatus = "COMPLETED" | "EXCEEDED" | "NOT_YET" | "NO_TARGET";

export type QuotaEvaluation = {
  target: QuotaMinimums;
  done: KindCounts & { total: number };
  /** What is still missing, by kind, after any substitution the plan allows (never negative). */
  remaining: { news: number; articles: number; inDepth: number; any: number };
  /** Articles beyond the article target that were counted as news (plan setting). */
  articlesCountedAsNews: number;
  status: QuotaStatus;
};

export type QuotaRuleView = QuotaMinimums & { id: number; note: string | null };
export type PersonRuleView = QuotaRuleView & { position: Position };
export type UnitRuleView = QuotaRuleView & { unitKind: UnitKind; period: QuotaPeriod };

export type QuotaPlanView = {
  id: number;
  year: number;
  name: string;
  reference: string | null;
  /** ISO date (yyyy-mm-dd) printed on the plan, if recorded. */
  issuedOn: string | null;
  /** ISO date (yyyy-mm-dd) as stored; null: 31 December, or today while the year runs. */
  referenceDate: string | null;
  isArticleForNewsAllowed: boolean;
  personRules: PersonRuleView[];
  unitRules: UnitRuleView[];
};

export type PersonQuotaRow = {
  userId: number;
  name: string;
  /** Held on the plan's effective reference date. */
  position: Position;
  unitId: number;
  unitName: string;
  /** The unit and every unit above it, nearest first (the unit filter includes sub-units). */
  unitPathIds: number[];
  isActive: boolean;
  evaluation: QuotaEvaluation;
};

export type UnitQuotaRow = {
  unitId: number;
  name: string;
  kind: UnitKind;
  parentName: string | null;
  /** The unit's YEAR rule evaluated on items by people of the unit or any unit under it. */
  evaluation: QuotaEvaluation;
  /** People of the unit (and units under it) with a personal target, and how many met it. */
  peopleWithTarget: number;
  peopleCompleted: number;
};

export type QuotaTotals = {
  peopleWithTarget: number;
  /** Completed or exceeded. */
  peopleCompleted: number;
  peopleNotYet: number;
  unitsWithTarget: number;
  unitsCompleted: number;
  /** Distinct items that counted for anyone this year. */
  itemsCounted: number;
};

export type QuotaYearReport = {
  year: number;
  plan: QuotaPlanView | null;
  /** ISO date (yyyy-mm-dd) whose positions set the targets. */
  effectiveReferenceDate: string;
  totals: QuotaTotals;
  /** Everyone holding a position on the reference date (inactive people only for past years). */
  people: PersonQuotaRow[];
  /** Units with a YEAR rule for their kind. */
  units: UnitQuotaRow[];
  /** ISO timestamp: the numbers are as of this moment. */
  computedAt: string;
};

export const QUOTA_SORTS = ["name", "unit", "position", "done", "remaining", "status"] as const;
export type QuotaSort = (typeof QUOTA_SORTS)[number];

/** The person table's view, read from the URL (all optional but year and page). */
export type QuotaFilter = {
  year: number;
  unitId?: number;
  position?: Position;
  status?: QuotaStatus;
  /** Name search; diacritics optional ("nguyen van" finds "Nguyễn Văn"). */
  q?: string;
  sort: QuotaSort;
  direction: "asc" | "desc";
  page: number;
};

export type PersonRowsPage = { rows: PersonQuotaRow[]; total: number; page: number; pageCount: number };

/** The items that counted for one person in a year, so any number can be checked by hand. */
export type CountedItem = {
  id: number;
  slug: string;
  title: string;
  kind: ItemKind;
  isInDepth: boolean;
  /** ISO timestamp of the first publication. */
  publishedAt: string;
  sectionNames: string[];
  authorNames: string[];
};

/** Departments and mass organisations that must write every month: who did, month by month. */
export type MonthlyParticipation = {
  year: number;
  /** 1..12, up to the current month while the year runs. */
  months: number[];
  rows: { unitId: number; name: string; kind: UnitKind; minPerMonth: number; counts: number[] }[];
};

/** What the charts draw. */
export type QuotaChartData = {
  year: number;
  /** Share of people with a target who met it, per unit (0..1). */
  completionByUnit: { unitId: number; name: string; completed: number; withTarget: number }[];
  /** Items published per month by kind, and the monthly pace the year's targets need. */
  itemsPerMonth: { month: number; news: number; articles: number; inDepth: number }[];
  pacePerMonth: number;
  itemsPerSection: { sectionId: number; name: string; count: number }[];
};

/** A contributor's own line: "Năm 2026: còn 3 tin nữa" (home page and editor panel). */
export type OwnQuotaProgress = {
  year: number;
  hasPlan: boolean;
  evaluation: QuotaEvaluation;
  /** The sentence to show. */
  text: string;
};
