import type { ItemKind } from "@/lib/generated/prisma/enums";
import { royaltyPeriodLabel } from "@/lib/royalties/royalty-period";
import type { PaymentStatus } from "@/lib/royalties/royalty-sheet-types";

// Every Vietnamese word of the monthly royalty sheet, its lock, its payments,
// the year's budget and the exports, in one place for review. Safe for the browser.

export const SHEET_MESSAGES = {
  lockedForEdits: (period: string) =>
    `Sổ nhuận bút ${royaltyPeriodLabel(period)} đã khóa. Muốn sửa, người quản lý nhuận bút phải mở khóa tháng (có ghi lý do) trước.`,
  alreadyLocked: (period: string) => `Sổ nhuận bút ${royaltyPeriodLabel(period)} đã được khóa trước đó.`,
  notLocked: (period: string) => `Sổ nhuận bút ${royaltyPeriodLabel(period)} đang mở, không có gì để mở khóa.`,
  notStarted: (period: string) => `Chưa đến ${royaltyPeriodLabel(period)}, chưa thể khóa sổ.`,
  payOnlyLocked: (period: string) => `Chỉ ghi chi khi sổ nhuận bút ${royaltyPeriodLabel(period)} đã khóa (đã kiểm tra xong).`,
  unpayOnlyLocked: (period: string) => `Chỉ hủy ghi chi khi sổ nhuận bút ${royaltyPeriodLabel(period)} đang khóa.`,
  nothingToPay: "Tác giả này không có nhuận bút trong tháng.",
  alreadyPaid: "Tác giả này đã được ghi chi trong tháng; hủy ghi chi trước nếu cần ghi lại.",
  notPaid: "Tác giả này chưa được ghi chi trong tháng.",
  paidOnInvalid: "Nhập ngày chi hợp lệ (ngày/tháng/năm).",
  paidOnFuture: "Ngày chi không được sau ngày hôm nay.",
  paidOnBeforeMonth: (period: string) => `Ngày chi không được trước ngày đầu ${royaltyPeriodLabel(period)}.`,
  reasonRequired: "Nhập lý do (ít nhất 5 ký tự).",
  periodInvalid: "Tháng không hợp lệ.",
  locked: (period: string, missing: number) =>
    `Đã khóa sổ nhuận bút ${royaltyPeriodLabel(period)}.${missing > 0 ? ` Lưu ý: còn ${missing} tin, bài chưa được chấm.` : ""}`,
  unlocked: (period: string) => `Đã mở khóa sổ nhuận bút ${royaltyPeriodLabel(period)}; lý do đã được ghi lại.`,
  paid: (name: string, amount: string) => `Đã ghi chi ${amount} cho ${name}.`,
  unpaid: (name: string) => `Đã hủy ghi chi cho ${name}; lý do đã được ghi lại.`,
} as const;

export const PAYMENT_STATUS_LABELS = {
  UNPAID: "Chưa chi",
  PAID: "Đã chi",
  PAID_DIFFERS: "Đã chi, lệch số tiền",
} as const satisfies Record<PaymentStatus, string>;

export const KIND_LABELS = {
  NEWS: "Tin",
  ARTICLE: "Bài",
  PHOTO_STORY: "Phóng sự ảnh",
  VIDEO: "Video clip",
} as const satisfies Record<ItemKind, string>;

/** Column headers shared by the screen, the print and the Excel file. */
export const SHEET_COLUMNS = {
  index: "STT",
  author: "Họ và tên",
  unit: "Đơn vị",
  title: "Tên tin, bài",
  genre: "Thể loại",
  grade: "Loại",
  coefficient: "Hệ số",
  bonus: "Thưởng (%)",
  share: "Tỷ lệ hưởng (%)",
  amount: "Thành tiền (đồng)",
  itemCount: "Số tin, bài",
  total: "Số tiền (đồng)",
  signature: "Ký nhận",
  paidOn: "Ngày chi",
} as const;

/** "BẢNG THANH TOÁN NHUẬN BÚT THÁNG 11 NĂM 2026" */
export function sheetTitle(period: string): string {
  const [year, month] = period.split("-");
  return `BẢNG THANH TOÁN NHUẬN BÚT THÁNG ${Number(month)} NĂM ${year}`;
}

/** "TỔNG HỢP NHUẬN BÚT NĂM 2026" */
export const yearTitle = (year: number) => `TỔNG HỢP NHUẬN BÚT VÀ DỰ TOÁN KINH PHÍ NĂM ${year}`;

export const SIGNATURES = [
  { title: "NGƯỜI LẬP", hint: "(Ký, ghi rõ họ tên)" },
  { title: "KẾ TOÁN", hint: "(Ký, ghi rõ họ tên)" },
  { title: "THỦ TRƯỞNG ĐƠN VỊ", hint: "(Ký, ghi rõ họ tên, đóng dấu)" },
] as const;

export const sheetFileName = (period: string) => `nhuan-but-${period}.xlsx`;
export const yearFileName = (year: number) => `nhuan-but-nam-${year}.xlsx`;
