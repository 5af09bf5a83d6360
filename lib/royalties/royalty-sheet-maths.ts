import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { TIME_ZONE } from "@/lib/content/dates";
import { formatRoyaltyPeriod, parseRoyaltyPeriod, royaltyPeriodOf } from "@/lib/royalties/royalty-period";
import type { PaymentStatus, YearMonthRow, YearMonthSummary } from "@/lib/royalties/royalty-sheet-types";
import { SHEET_MESSAGES } from "@/lib/royalties/royalty-sheet-labels";

// The small rules of the monthly sheet and the year's budget, pure and
// safe for the browser: loaders fetch (and add up in SQL), these decide.

/** Whether an author's recorded payment still matches their total on the sheet. */
export function paymentStatus(totalVnd: number, payment: { amountVnd: number } | null): PaymentStatus {
  if (!payment) return "UNPAID";
  return payment.amountVnd === totalVnd ? "PAID" : "PAID_DIFFERS";
}

/** The calendar date in Vietnam, "2026-12-07". */
export function vietnamDateString(now: Date): string {
  return format(new TZDate(now, TIME_ZONE), "yyyy-MM-dd");
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-12-07" when it is a real calendar date, else null. */
export function parseIsoDate(raw: string): string | null {
  const match = DATE.exec(raw.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? raw.trim() : null;
}

/**
 * Why a payment date cannot be recorded for the period, or null when it can:
 * a real date, not after today (Vietnam) and not before the month starts.
 */
export function paidOnProblem(paidOn: string, period: string, today: string): string | null {
  const date = parseIsoDate(paidOn);
  const parsed = parseRoyaltyPeriod(period);
  if (!date || !parsed) return SHEET_MESSAGES.paidOnInvalid;
  if (date > today) return SHEET_MESSAGES.paidOnFuture;
  const monthStart = `${period}-01`;
  if (date < monthStart) return SHEET_MESSAGES.paidOnBeforeMonth(period);
  return null;
}

/** A month can be locked once it has started (Vietnam time). */
export function isPeriodStarted(period: string, today: string): boolean {
  return `${period}-01` <= today;
}

/**
 * The year's months with what has been paid so far and what is left of the
 * budget after each month (the budget minus the cumulative payments).
 */
export function withBudget(months: readonly YearMonthRow[], budgetVnd: number): YearMonthSummary[] {
  let cumulative = 0;
  return months.map((month) => {
    cumulative += month.paidVnd;
    return { ...month, cumulativePaidVnd: cumulative, remainingVnd: budgetVnd - cumulative };
  });
}

/** Share of the budget used, 0–1 (0 without a budget). */
export function budgetUsedShare(paidVnd: number, budgetVnd: number): number {
  return budgetVnd > 0 ? paidVnd / budgetVnd : 0;
}

/** The month before or after a period: ("2026-01", -1) → "2025-12". */
export function shiftPeriod(period: string, months: number): string {
  const parsed = parseRoyaltyPeriod(period);
  if (!parsed) throw new Error(`Not a royalty period: ${period}`);
  const index = parsed.year * 12 + (parsed.month - 1) + months;
  const year = Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** "11/2026", as the month picker takes it typed, → "2026-11"; anything else unchanged. */
function fromTypedMonth(raw: string | string[] | undefined): string | string[] | undefined {
  const typed = /^\s*(\d{1,2})\s*\/\s*(\d{4})\s*$/.exec(Array.isArray(raw) ? (raw[0] ?? "") : (raw ?? ""));
  return typed ? `${typed[2]}-${typed[1]!.padStart(2, "0")}` : raw;
}

/** The month a page asks for (?thang=2026-11, or 11/2026 as typed), or the current month (Vietnam time). */
export function periodOrCurrent(raw: string | string[] | undefined, now: Date): string {
  const parsed = parseRoyaltyPeriod(fromTypedMonth(raw));
  return parsed ? formatRoyaltyPeriod(parsed) : royaltyPeriodOf(now);
}

/** The year a page asks for (?nam=2026, 2000–2100), or the current one (Vietnam time). */
export function yearOrCurrent(raw: string | string[] | undefined, now: Date): number {
  const value = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(value) && value >= 2000 && value <= 2100 ? value : Number(royaltyPeriodOf(now).slice(0, 4));
}
