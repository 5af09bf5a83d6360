import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

// Everything a reader sees is in Vietnam's time, whatever the server's zone.
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

const inVietnam = (date: Date | string) => new TZDate(new Date(date), TIME_ZONE);

/** "ngày 28 tháng 02 năm 2019" */
export function formatLongDate(date: Date | string): string {
  const d = inVietnam(date);
  return `ngày ${format(d, "dd")} tháng ${format(d, "MM")} năm ${format(d, "yyyy")}`;
}

/** "28/02/2019" */
export function formatShortDate(date: Date | string): string {
  return format(inVietnam(date), "dd/MM/yyyy");
}

/** "08:30, ngày 28 tháng 02 năm 2019" */
export function formatDateTime(date: Date | string): string {
  return `${format(inVietnam(date), "HH:mm")}, ${formatLongDate(date)}`;
}

/** "Thứ Năm, 28/02/2019" (the masthead's date line). */
export function formatWeekdayDate(date: Date | string): string {
  const d = inVietnam(date);
  const day = d.getDay();
  const weekday = day === 0 ? "Chủ nhật" : `Thứ ${["", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy"][day]}`;
  return `${weekday}, ${formatShortDate(d)}`;
}

/** The calendar year in Vietnam (quota years, filters). */
export function vietnamYear(date: Date | string): number {
  return inVietnam(date).getFullYear();
}
