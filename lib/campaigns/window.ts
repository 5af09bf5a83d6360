// The date window of a campaign or a banner, written once: the back office
// reads and writes it as Vietnam dates (dd/mm/yyyy) and times (HH:mm), the
// database keeps instants, and "running" is the half-open [startsAt, endsAt).
// Vietnam keeps UTC+7 all year, so the arithmetic never depends on the
// server's own time zone. Pure: safe for client components and unit tests.

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type WindowEdge = "start" | "end";
export type WindowState = "upcoming" | "running" | "ended";
/** Unset edges mean "from always" / "for ever" (banners without a schedule). */
export type TimeWindow = { startsAt: Date | string | null; endsAt: Date | string | null };

const DATE_VN = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{1,2}):(\d{2})$/;

type Day = { year: number; month: number; day: number };

function parseDay(text: string): Day | null {
  const vn = DATE_VN.exec(text);
  const iso = vn ? null : DATE_ISO.exec(text);
  if (!vn && !iso) return null;
  const [year, month, day] = vn ? [Number(vn[3]), Number(vn[2]), Number(vn[1])] : [Number(iso![1]), Number(iso![2]), Number(iso![3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  // Rejects 31/02 and 00/13, which Date would roll over.
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** Midnight starting the given Vietnam day, as an instant. */
const vietnamMidnight = ({ year, month, day }: Day) => new Date(Date.UTC(year, month - 1, day) - VIETNAM_OFFSET_MS);

export type ParsedMoment = { ok: true; date: Date | null } | { ok: false; error: "date" | "time" };

/**
 * A Vietnam date ("06/12/2026", or "2026-12-06") and an optional time
 * ("08:30") as an instant. Without a time, a start is the day's first moment
 * and an end the day's last (stored as the next midnight: the window is
 * half-open), so "until 31/12" includes all of 31/12. An empty date is null.
 */
export function parseVietnamMoment(dateText: string, timeText: string, edge: WindowEdge): ParsedMoment {
  const date = dateText.trim();
  const time = timeText.trim();
  if (!date) return time ? { ok: false, error: "date" } : { ok: true, date: null };
  const day = parseDay(date);
  if (!day) return { ok: false, error: "date" };
  const midnight = vietnamMidnight(day);
  if (!time) return { ok: true, date: edge === "start" ? midnight : new Date(midnight.getTime() + DAY_MS) };
  const match = TIME.exec(time);
  const hours = match ? Number(match[1]) : NaN;
  const minutes = match ? Number(match[2]) : NaN;
  if (!match || hours > 23 || minutes > 59) return { ok: false, error: "time" };
  return { ok: true, date: new Date(midnight.getTime() + (hours * 60 + minutes) * 60_000) };
}

const toTime = (value: Date | string | number) => new Date(value).getTime();

/** The parts of an instant on a Vietnam wall clock. */
function vietnamParts(value: Date | string | number) {
  const shifted = new Date(toTime(value) + VIETNAM_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hours: shifted.getUTCHours(),
    minutes: shifted.getUTCMinutes(),
    isMidnight: shifted.getUTCHours() === 0 && shifted.getUTCMinutes() === 0 && shifted.getUTCSeconds() === 0 && shifted.getUTCMilliseconds() === 0,
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * An instant as the form shows it again: { date: "dd/mm/yyyy", time: "HH:mm" }.
 * An end at a Vietnam midnight reads back as the day before with no time
 * ("until the end of that day"), the way it was most likely typed.
 */
export function toVietnamFields(value: Date | string | null, edge: WindowEdge): { date: string; time: string } {
  if (value === null) return { date: "", time: "" };
  const isDayEnd = edge === "end" && vietnamParts(value).isMidnight;
  const parts = vietnamParts(isDayEnd ? toTime(value) - DAY_MS : value);
  const date = `${pad(parts.day)}/${pad(parts.month)}/${parts.year}`;
  if (isDayEnd || (edge === "start" && parts.isMidnight)) return { date, time: "" };
  return { date, time: `${pad(parts.hours)}:${pad(parts.minutes)}` };
}

/** "06/12/2026 08:30" (or just the date for whole days), for lists and public pages. */
export function formatVietnamMoment(value: Date | string, edge: WindowEdge): string {
  const { date, time } = toVietnamFields(value, edge);
  return time ? `${date} ${time}` : date;
}

/** Whether the window is reversed or empty (the database refuses starts >= ends). */
export function isUpsideDown(window: TimeWindow): boolean {
  return window.startsAt !== null && window.endsAt !== null && toTime(window.startsAt) >= toTime(window.endsAt);
}

export function windowState(window: TimeWindow, now: Date): WindowState {
  const time = now.getTime();
  if (window.startsAt !== null && time < toTime(window.startsAt)) return "upcoming";
  if (window.endsAt !== null && time >= toTime(window.endsAt)) return "ended";
  return "running";
}

export const isRunning = (window: TimeWindow, now: Date) => windowState(window, now) === "running";

/** The first start or end strictly after `now`: when what is shown changes next. */
export function nextEdge(windows: readonly TimeWindow[], now: Date): Date | null {
  let next: number | null = null;
  for (const window of windows) {
    for (const edge of [window.startsAt, window.endsAt]) {
      if (edge === null) continue;
      const time = toTime(edge);
      if (time > now.getTime() && (next === null || time < next)) next = time;
    }
  }
  return next === null ? null : new Date(next);
}

/** Whether a start or end falls in (since, now]: the shown set changed meanwhile. */
export function hasEdgeBetween(windows: readonly TimeWindow[], since: Date, now: Date): boolean {
  return windows.some((window) =>
    [window.startsAt, window.endsAt].some((edge) => edge !== null && toTime(edge) > since.getTime() && toTime(edge) <= now.getTime()),
  );
}
