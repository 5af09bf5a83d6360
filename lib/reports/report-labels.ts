import type { Cadence } from "@/lib/generated/prisma/enums";
import { CADENCE_LABELS } from "@/lib/sections/labels";

// The activity report's wording, in one place: how a change reads, what each
// figure means, and how the numbers were counted. Pure.

const number = (n: number) => n.toLocaleString("vi-VN");

/** "↑ 12", "↓ 3", "0": the change from the previous period. */
export function changeDelta(count: number, previous: number): string {
  const delta = count - previous;
  if (delta === 0) return "0";
  return `${delta > 0 ? "↑" : "↓"} ${number(Math.abs(delta))}`;
}

/** "↑ 12 so với kỳ trước", "↓ 3 so với kỳ trước", "Bằng kỳ trước". */
export function changeSentence(count: number, previous: number): string {
  return count === previous ? "Bằng kỳ trước" : `${changeDelta(count, previous)} so với kỳ trước`;
}

/** For screen readers and titles: "tăng 12 so với kỳ trước (30)". */
export function changeSpoken(count: number, previous: number): string {
  const delta = count - previous;
  if (delta === 0) return `bằng kỳ trước (${number(previous)})`;
  return `${delta > 0 ? "tăng" : "giảm"} ${number(Math.abs(delta))} so với kỳ trước (${number(previous)})`;
}

export const formatCount = number;

const CADENCE_UNITS = { DAILY: "ngày", WEEKLY: "tuần", MONTHLY: "tháng", NONE: "" } as const satisfies Record<Cadence, string>;

/** "2 tin, bài/tuần" (the cadence table's short form); "Không đặt" without a cadence. */
export const cadenceTargetText = (cadence: Cadence, target: number) =>
  cadence === "NONE" || target <= 0 ? CADENCE_LABELS.NONE : `${target} tin, bài/${CADENCE_UNITS[cadence]}`;

/** How the activity report counts, shown under it. */
export function activityRuleText(planYear: number): string[] {
  return [
    "Chỉ tính tin, bài đang hiện với bạn đọc, theo ngày đăng lần đầu (giờ Việt Nam). Tin, bài đã gỡ không được tính.",
    "Theo chuyên mục: mỗi tin, bài tính một lần, ở chuyên mục chính của nó, nên cộng các chuyên mục bằng tổng số.",
    "Theo đơn vị: tính cho đơn vị của từng tác giả vào lúc đăng; hai tác giả cùng đơn vị chỉ tính một lần.",
    "Lượt xem: tổng lượt xem đến hôm nay của các tin, bài đăng trong kỳ (tin, bài đăng đầu kỳ có nhiều thời gian được đọc hơn).",
    `Người viết và đơn vị: so với những người, đơn vị có chỉ tiêu trong kế hoạch năm ${planYear}; đơn vị tính cả tin, bài của đơn vị cấp dưới.`,
    "Văn bản: văn bản chỉ đạo được công bố trên trang trong kỳ, theo loại.",
    "Kỳ trước: tháng, quý, 6 tháng hoặc năm liền trước; với khoảng ngày là chừng ấy ngày ngay trước đó.",
  ];
}

/** How the cadence table counts. */
export const CADENCE_RULE_TEXT: readonly string[] = [
  "Mỗi tin, bài tính cho mọi chuyên mục có đăng nó (bạn đọc thấy nó ở từng chuyên mục đó).",
  "Số cần đăng = chỉ tiêu × số ngày, tuần (thứ Hai đến Chủ nhật) hoặc tháng trong kỳ, tính đến hôm nay; tuần, tháng chỉ có một phần trong kỳ được tính theo tỷ lệ, rồi làm tròn xuống.",
  "Khoảng trống dài nhất: số ngày liền nhau không có tin, bài nào, kể cả từ đầu kỳ đến tin, bài đầu tiên và từ tin, bài cuối cùng đến hết kỳ.",
  "Chậm nhịp: đăng ít hơn số cần đăng, hoặc (khi kỳ đang diễn ra) hôm nay, tuần này hay tháng này đã qua quá nửa mà chưa đủ chỉ tiêu.",
];
