import { z } from "zod";
import { normalizeDayText } from "@/lib/dates/day-text";
import { parseIsoDate } from "@/lib/royalties/royalty-sheet-maths";
import { parseRoyaltyPeriod } from "@/lib/royalties/royalty-period";
import { SHEET_MESSAGES } from "@/lib/royalties/royalty-sheet-labels";

// What the monthly royalty sheet's forms send: the month, and for payments
// the author and the date; unlocking and taking a payment back need a reason.

export const REASON_MIN = 5;
export const REASON_MAX = 500;

const period = z.string().refine((value) => parseRoyaltyPeriod(value) !== null, SHEET_MESSAGES.periodInvalid);
const reason = z.string().trim().min(REASON_MIN, SHEET_MESSAGES.reasonRequired).max(REASON_MAX, `Lý do tối đa ${REASON_MAX} ký tự.`);
const userId = z.coerce.number().int().positive();

export const royaltyMonthSchema = z.object({ period });
export const royaltyUnlockSchema = z.object({ period, reason });
export const royaltyPaySchema = z.object({
  period,
  userId,
  // Typed as dd/mm/yyyy (ISO still accepted); the rest of the code sees "2026-12-07".
  paidOn: z.preprocess(normalizeDayText, z.string().refine((value) => parseIsoDate(value) !== null, SHEET_MESSAGES.paidOnInvalid)),
});
export const royaltyUnpaySchema = z.object({ period, userId, reason });

export type RoyaltyPayInput = z.infer<typeof royaltyPaySchema>;
