import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { TIME_ZONE } from "@/lib/content/dates";

// The schedule field is an <input type="datetime-local"> read as Vietnam time
// whatever the browser's zone: Vietnam keeps UTC+7 all year (no summer time).
// Safe for client components.

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "2026-11-24T08:30" (Vietnam time) → "2026-11-24T08:30:00+07:00"; null when malformed. */
export function vietnamInputToIso(value: string): string | null {
  const match = LOCAL_INPUT.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second = "00"] = match;
  const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}+07:00`;
  const date = new Date(iso);
  // Rejects 2026-02-30 and 25:00, which Date would roll over.
  if (Number.isNaN(date.getTime()) || dateToVietnamInput(date) !== `${year}-${month}-${day}T${hour}:${minute}`) return null;
  return iso;
}

/** A moment as the field shows it: "2026-11-24T08:30" in Vietnam time. */
export function dateToVietnamInput(date: Date | string): string {
  return format(new TZDate(new Date(date), TIME_ZONE), "yyyy-MM-dd'T'HH:mm");
}
