import type { ItemKind, ItemStatus, RoyaltyGenre, RoyaltyMonthAction } from "@/lib/generated/prisma/enums";

// The shapes the royalty sheet, the year's summary and an author's own view
// are loaded into. Plain data (money as whole VND numbers, dates as ISO
// strings), safe for the browser.

export type PaymentStatus = "UNPAID" | "PAID" | "PAID_DIFFERS";

export type SheetShareRow = {
  itemId: number;
  title: string;
  kind: ItemKind;
  itemStatus: ItemStatus;
  publishedAt: string | null;
  genre: RoyaltyGenre;
  grade: string;
  /** Hundredths: 150 is "1,5". */
  coefficient: number;
  bonusPercent: number;
  /** Basis points: 10000 is the whole amount. */
  shareBasisPoints: number;
  amountVnd: number;
};

export type SheetPayment = { amountVnd: number; paidOn: string; recordedByName: string; recordedAt: string };

export type SheetAuthor = {
  userId: number;
  name: string;
  unitName: string;
  rows: SheetShareRow[];
  itemCount: number;
  totalVnd: number;
  payment: SheetPayment | null;
  paymentStatus: PaymentStatus;
};

export type SheetMonthEvent = { action: RoyaltyMonthAction; reason: string | null; actorName: string; at: string };

export type MissingItem = { itemId: number; title: string; kind: ItemKind; publishedAt: string; authorsText: string };

export type RoyaltySheet = {
  period: string;
  isLocked: boolean;
  lockedAt: string | null;
  lockedByName: string | null;
  events: SheetMonthEvent[];
  authors: SheetAuthor[];
  /** Sum of every share of the month (equal to the sum of the grades' totals). */
  totalVnd: number;
  gradedItemCount: number;
  paidTotalVnd: number;
  paidAuthorCount: number;
  /** Authors whose recorded payment differs from their current total (after an unlock). */
  differingPaymentCount: number;
  missing: MissingItem[];
};

export type YearMonthRow = {
  period: string;
  month: number;
  gradedVnd: number;
  itemCount: number;
  paidVnd: number;
  isLocked: boolean;
};

export type YearMonthSummary = YearMonthRow & { cumulativePaidVnd: number; remainingVnd: number };

export type YearAuthorRow = { userId: number; name: string; unitName: string; itemCount: number; gradedVnd: number; paidVnd: number };

export type RoyaltyYear = {
  year: number;
  hasSchedule: boolean;
  budgetVnd: number;
  months: YearMonthSummary[];
  gradedVnd: number;
  paidVnd: number;
  itemCount: number;
  remainingVnd: number;
  authors: YearAuthorRow[];
};

export type OwnRoyaltyMonth = {
  period: string;
  month: number;
  itemCount: number;
  amountVnd: number;
  isLocked: boolean;
  payment: { amountVnd: number; paidOn: string } | null;
};

export type OwnRoyalties = { year: number; months: OwnRoyaltyMonth[]; totalVnd: number; paidVnd: number };
