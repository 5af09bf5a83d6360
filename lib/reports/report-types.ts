import type { Cadence, DocumentType, ItemKind, UnitKind } from "@/lib/generated/prisma/enums";

// The shapes of the activity report (báo cáo) and section cadence, shared by
// loaders, pages, exports and the browser. Pure types.

export const PERIOD_KINDS = ["month", "quarter", "half", "year", "range"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A reporting period in Vietnam time: [start, end). */
export type ReportPeriod = {
  kind: PeriodKind;
  /** ISO timestamps of the bounds. */
  start: string;
  end: string;
  /** "Tháng 11 năm 2026", "Quý IV năm 2026", "6 tháng đầu năm 2026", "Năm 2026", "Từ 01/03/2026 đến 15/04/2026". */
  label: string;
};

/** The period read from the URL, or a Vietnamese reason it was refused. */
export type PeriodParseResult = { ok: true; period: ReportPeriod; previous: ReportPeriod } | { ok: false; message: string };

export type CountWithChange = { count: number; previous: number };

export type ActivityReport = {
  period: ReportPeriod;
  previous: ReportPeriod;
  totals: { items: CountWithChange; views: CountWithChange; documents: CountWithChange; writers: CountWithChange; units: CountWithChange };
  /** By primary section, each item once (sectionId 0: items without a primary section). */
  bySection: { sectionId: number; name: string; count: number; previous: number }[];
  byKind: { kind: ItemKind; isInDepth: boolean; count: number; previous: number }[];
  byUnit: { unitId: number; name: string; kind: UnitKind; count: number; previous: number }[];
  /** The most-read items published in the period (views counted to date). */
  topItems: { id: number; slug: string; title: string; publishedAt: string; views: number; sectionName: string | null }[];
  /** People with a personal target this year who published in the period, and those who did not. */
  writers: { userId: number; name: string; unitName: string; count: number }[];
  nonWriters: { userId: number; name: string; unitName: string }[];
  /** Units with a quota rule this year that published in the period, and those that did not. */
  unitsWrote: { unitId: number; name: string; count: number }[];
  unitsSilent: { unitId: number; name: string }[];
  documentsByType: { type: DocumentType; count: number; previous: number }[];
  /** The year whose quota plan names the writers and units above (the year of the period's last day), and whether it has one. */
  planYear: number;
  hasPlan: boolean;
  computedAt: string;
};

export type SectionCadenceRow = {
  sectionId: number;
  name: string;
  cadence: Cadence;
  cadenceTarget: number;
  /** Items the cadence asks for over the period (0 when no cadence is set). */
  expected: number;
  published: number;
  /** Whole days since the section's latest item (null: never published). */
  daysSinceLast: number | null;
  /** The longest stretch, in days, without an item within the period. */
  longestGapDays: number;
  isBehind: boolean;
};
