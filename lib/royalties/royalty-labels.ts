import type { RoyaltyGenre } from "@/lib/generated/prisma/enums";
import { formatVnd } from "@/lib/royalties/format-vnd";

// Every Vietnamese word of the royalty settings and grading, in one place
// for review. Safe for the browser.

export const ROYALTY_GENRES = ["NEWS", "ARTICLE", "IN_DEPTH", "PHOTO", "VIDEO"] as const satisfies readonly RoyaltyGenre[];

export const GENRE_LABELS = {
  NEWS: "Tin",
  ARTICLE: "Bài",
  IN_DEPTH: "Bài chuyên sâu",
  PHOTO: "Ảnh/phóng sự ảnh",
  VIDEO: "Video clip",
} as const satisfies Record<RoyaltyGenre, string>;

/** The grades a new year's table starts with. */
export const DEFAULT_GRADES = ["A", "B", "C"] as const;

/** Mức lương cơ sở from 1 July 2024 (Nghị định 73/2024/NĐ-CP). */
export const DEFAULT_BASE_SALARY_VND = 2_340_000;
/** One coefficient unit is 10 % of the base salary (Nghị định 18/2014/NĐ-CP). */
export const DEFAULT_UNIT_PERCENT = 10;

export const ROYALTY_MESSAGES = {
  noSchedule: (year: number) =>
    `Chưa có định mức nhuận bút năm ${year}. Quản trị viên cần tạo định mức năm ${year} (Định mức nhuận bút) trước khi chấm.`,
  noRate: (genre: RoyaltyGenre, grade: string, year: number) =>
    `Định mức năm ${year} không có hệ số cho thể loại “${GENRE_LABELS[genre]}”, loại ${grade}.`,
  coefficientOutOfRange: (value: string, min: string, max: string) => `Hệ số ${value} nằm ngoài khung cho phép (từ ${min} đến ${max}).`,
  bonusOutOfRange: (name: string, value: number, min: number, max: number) =>
    `Mức thưởng “${name}” phải từ ${min} % đến ${max} % (đang nhập ${value} %).`,
  bonusUnknown: "Khoản thưởng đã chọn không có trong định mức của năm.",
  bonusWithoutChoice: "Chọn khoản thưởng trước khi nhập tỷ lệ thưởng.",
  notGradable: "Chỉ chấm nhuận bút cho bài đã đăng hoặc đã hẹn giờ đăng.",
  alreadyGraded: "Bài này đã được chấm nhuận bút; dùng “Sửa” (ghi lý do) để điều chỉnh.",
  notGraded: "Bài này chưa được chấm nhuận bút.",
  noAuthors: "Bài chưa có tác giả nên không chia được nhuận bút.",
  ownItem: "Không ai tự chấm nhuận bút cho bài do chính mình viết.",
  sharesMismatch: "Phần chia phải gồm đúng các tác giả của bài.",
  sharesTotal: (percent: string) => `Tổng tỷ lệ chia phải bằng 100 % (đang là ${percent} %).`,
  reasonRequired: "Nhập lý do sửa (ít nhất 5 ký tự).",
  nothingChanged: "Không có thay đổi nào so với lần chấm hiện tại.",
  gradeOnlyWhenPublishing: "Chỉ chấm nhuận bút khi duyệt đăng hoặc hẹn giờ đăng.",
  scheduleExists: (year: number) => `Năm ${year} đã có định mức nhuận bút; mở định mức đó để sửa.`,
  scheduleMissing: (year: number) => `Năm ${year} chưa có định mức nhuận bút.`,
  scheduleConflict: "Định mức vừa được người khác sửa. Chưa lưu thay đổi của bạn: tải lại trang để xem bản mới rồi sửa lại.",
  snapshotHint:
    "Sửa định mức không làm thay đổi số tiền của những bài đã chấm: mỗi bài giữ giá trị đơn vị hệ số tại lúc chấm; chỉ khi sửa điểm (có ghi lý do) số tiền mới được tính lại.",
  unitHint: (percent: number) => `Thường bằng ${percent} % mức lương cơ sở.`,
  gradeLater: "Chấm nhuận bút sau",
  gradeNow: "Chấm nhuận bút ngay",
  withdrawnOnUnschedule: "Bài bị hủy hẹn giờ đăng nên lần chấm nhuận bút trước đó được hủy theo.",
  periodMovedOnPublish: (from: string, to: string) => `Bài được đăng ngay thay vì theo giờ hẹn: chuyển nhuận bút từ kỳ ${from} sang kỳ ${to}.`,
  noRightToGrade: "Bạn không có quyền chấm nhuận bút.",
  itemNotFound: "Không tìm thấy bài.",
  bonusInUse: (name: string, count: number) => `Khoản thưởng “${name}” đã dùng khi chấm ${count} bài nên không bỏ được (vẫn có thể sửa tỷ lệ).`,
  settingsUnchanged: "Không có thay đổi nào cần lưu.",
  settingsSaved: (year: number, changeCount: number) => `Đã lưu định mức nhuận bút năm ${year} (${changeCount} thay đổi).`,
} as const;

/** Field labels of the grading form. */
export const GRADE_FIELD_LABELS = {
  genre: "Thể loại",
  grade: "Loại",
  coefficient: "Hệ số",
  bonus: "Khoản thưởng",
  bonusPercent: "Tỷ lệ thưởng (%)",
  note: "Ghi chú",
  shares: "Chia cho các tác giả (%)",
  reason: "Lý do sửa",
  amount: "Thành tiền",
} as const;

/** "Đã chấm nhuận bút: 351.000 ₫." (the amount written by formatVnd) */
export const royaltyGradedMessage = (totalVnd: number) => `Đã chấm nhuận bút: ${formatVnd(totalVnd)}.`;

/** "Đã sửa nhuận bút: 351.000 ₫." */
export const royaltyRegradedMessage = (totalVnd: number) => `Đã sửa nhuận bút: ${formatVnd(totalVnd)}.`;
