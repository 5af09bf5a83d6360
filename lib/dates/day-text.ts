import { tz } from "@date-fns/tz";
import { format, isValid, parse } from "date-fns";
import { TIME_ZONE } from "@/lib/content/dates";

// Dates typed by people: "06/12/2026" (day/month/year, Vietnam's order) in
// every form, whatever the browser's language, with "2026-12-06" still
// accepted from anything that sends ISO days (old bookmarks, scripts, the
// report URLs). Times are "08:30" on Vietnam's clock. One parser for the
// browser's checks and the server's; pure, safe for client components.

export const DAY_TEXT_PLACEHOLDER = "dd/mm/yyyy";
export const TIME_TEXT_PLACEHOLDER = "hh:mm";
/** For the `pattern` attribute (no JavaScript): d/m/yyyy with "/", "." or "-", or yyyy-mm-dd. */
export const DAY_TEXT_PATTERN = String.raw`\s*(\d{1,2}[\/.\-]\d{1,2}[\/.\-]\d{4}|\d{4}-\d{1,2}-\d{1,2})\s*`;
export const TIME_TEXT_PATTERN = String.raw`\s*\d{1,2}[:h.]\d{2}\s*`;

export const DAY_TEXT_MESSAGES = {
  invalid: "Nhập ngày theo dạng ngày/tháng/năm, ví dụ 06/12/2026.",
  notOnCalendar: "Ngày này không có trên lịch.",
  time: "Nhập giờ theo dạng giờ:phút (0–23 giờ), ví dụ 08:30.",
  before: (min: string) => `Ngày phải từ ${isoToDayText(min)} trở đi.`,
  after: (max: string) => `Ngày không được sau ${isoToDayText(max)}.`,
} as const;

const VIETNAMESE_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TIME = /^(\d{1,2})[:h.](\d{2})$/;
const pad = (n: number | string) => String(n).padStart(2, "0");

export type DayParse = { ok: true; iso: string } | { ok: false; reason: "invalid" | "notOnCalendar" };

/** "6/12/2026", "06.12.2026" or "2026-12-06" → "2026-12-06" when the day exists. */
export function parseDayText(text: string): DayParse {
  const value = text.trim();
  const vn = VIETNAMESE_DAY.exec(value);
  const iso = vn ? null : ISO_DAY.exec(value);
  if (!vn && !iso) return { ok: false, reason: "invalid" };
  const [year, month, day] = vn ? [vn[3]!, vn[2]!, vn[1]!] : [iso![1]!, iso![2]!, iso![3]!];
  // date-fns refuses 31/02 and 00/13 instead of rolling them over.
  const parsed = parse(`${pad(day)}/${pad(month)}/${year}`, "dd/MM/yyyy", new Date(0));
  if (!isValid(parsed)) return { ok: false, reason: "notOnCalendar" };
  return { ok: true, iso: `${year}-${pad(month)}-${pad(day)}` };
}

/** The ISO day of a typed date, or null. */
export function dayTextToIso(text: string): string | null {
  const result = parseDayText(text);
  return result.ok ? result.iso : null;
}

/**
 * For zod's preprocess: a date typed in either shape becomes "yyyy-mm-dd"
 * (31/02 too, so the schema's own calendar check names the problem);
 * anything else passes unchanged for the schema to refuse.
 */
export function normalizeDayText(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.trim();
  const vn = VIETNAMESE_DAY.exec(text);
  if (vn) return `${vn[3]}-${pad(vn[2]!)}-${pad(vn[1]!)}`;
  const iso = ISO_DAY.exec(text);
  return iso ? `${iso[1]}-${pad(iso[2]!)}-${pad(iso[3]!)}` : text;
}

/** "2026-12-06" → "06/12/2026"; a value already typed the Vietnamese way, or unparseable, is kept as it is. */
export function isoToDayText(value: string | null | undefined): string {
  if (!value) return "";
  const match = ISO_DAY.exec(value.trim().slice(0, 10));
  return match ? `${pad(match[3]!)}/${pad(match[2]!)}/${match[1]}` : value;
}

/** "08:30" (or "8h30", "8.30") → "08:30"; null when not a time of day. */
export function parseTimeText(text: string): string | null {
  const match = TIME.exec(text.trim());
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours <= 23 && minutes <= 59 ? `${pad(hours)}:${pad(minutes)}` : null;
}

/** A typed Vietnam date and time as an instant ("…T08:30:00+07:00"), or null when either is not valid. */
export function vietnamDateTimeToIso(dayText: string, timeText: string): string | null {
  const day = dayTextToIso(dayText);
  const time = parseTimeText(timeText);
  if (!day || !time) return null;
  const instant = parse(`${day} ${time}`, "yyyy-MM-dd HH:mm", new Date(0), { in: tz(TIME_ZONE) });
  return isValid(instant) ? format(instant, "yyyy-MM-dd'T'HH:mm:ssxxx", { in: tz(TIME_ZONE) }) : null;
}

/** An instant as the two fields show it, on Vietnam's clock: { day: "06/12/2026", time: "08:30" }. */
export function toVietnamDayAndTime(date: Date | string): { day: string; time: string } {
  const options = { in: tz(TIME_ZONE) };
  return { day: format(new Date(date), "dd/MM/yyyy", options), time: format(new Date(date), "HH:mm", options) };
}

/** Why a typed day is not acceptable (Vietnamese), or null; `min`/`max` are ISO days. */
export function dayTextProblem(text: string, bounds: { min?: string; max?: string; isRequired?: boolean } = {}): string | null {
  if (!text.trim()) return bounds.isRequired ? DAY_TEXT_MESSAGES.invalid : null;
  const result = parseDayText(text);
  if (!result.ok) return DAY_TEXT_MESSAGES[result.reason];
  if (bounds.min && result.iso < bounds.min) return DAY_TEXT_MESSAGES.before(bounds.min);
  if (bounds.max && result.iso > bounds.max) return DAY_TEXT_MESSAGES.after(bounds.max);
  return null;
}
