import { TZDate } from "@date-fns/tz";
import { formatDateTime, formatShortDate, TIME_ZONE } from "@/lib/content/dates";
import { slugify } from "@/lib/content/slug";
import type { QuotaPlanView } from "@/lib/quotas/quota-types";

// Wording shared by the workbooks and the printed reports. Pure.

/** "Số liệu tính đến 14:05, ngày 06 tháng 12 năm 2026". */
export const asOfText = (computedAt: string | Date) => `Số liệu tính đến ${formatDateTime(computedAt)}`;

/** "KẾT QUẢ THỰC HIỆN CHỈ TIÊU VIẾT TIN, BÀI NĂM 2026". */
export const quotaReportTitle = (year: number) => `KẾT QUẢ THỰC HIỆN CHỈ TIÊU VIẾT TIN, BÀI NĂM ${year}`;

/** "DANH SÁCH ĐÁNH GIÁ MỨC ĐỘ HOÀN THÀNH CHỈ TIÊU VIẾT TIN, BÀI NĂM 2026". */
export const evaluationTitle = (year: number) => `DANH SÁCH ĐÁNH GIÁ MỨC ĐỘ HOÀN THÀNH CHỈ TIÊU VIẾT TIN, BÀI NĂM ${year}`;

/** A plan by name, number and date: "Kế hoạch hoạt động … số 91-KH/ĐUK ngày 28/02/2026". */
export function planReference(plan: QuotaPlanView): string {
  const number = plan.reference ? ` số ${plan.reference}` : "";
  const date = plan.issuedOn ? ` ngày ${formatShortDate(`${plan.issuedOn}T12:00:00+07:00`)}` : "";
  return `${plan.name}${number}${date}`;
}

/** The line under a quota report's title: "Theo Kế hoạch … số 91-KH/ĐUK ngày 28/02/2026". */
export const planCitation = (plan: QuotaPlanView | null, year: number): string =>
  plan ? `Theo ${planReference(plan)}` : `Năm ${year} chưa có kế hoạch chỉ tiêu.`;

/** "66,7 %" of a part in a whole; "0 %" of nothing. */
export function percentText(part: number, whole: number): string {
  const share = whole > 0 ? (part / whole) * 100 : 0;
  return `${share.toLocaleString("vi-VN", { maximumFractionDigits: 1 })} %`;
}

/** The Vietnam calendar day of `iso` as an Excel date cell (midnight UTC, so Excel shows that day). */
export function excelDay(iso: string | Date): Date {
  const day = new TZDate(new Date(iso), TIME_ZONE);
  return new Date(Date.UTC(day.getFullYear(), day.getMonth(), day.getDate()));
}

/** An ASCII file name part: "thang-11-nam-2026" from "Tháng 11 năm 2026". */
export const fileSlug = (text: string) => slugify(text, 60);

/** "tháng 11 năm 2026" from "Tháng 11 năm 2026", to run on in a sentence. */
export const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
