// Every message of editing the year's quota plan, in one place so the wording
// can be reviewed (the summary of what changed is plan-changes.ts). Safe for
// the browser.
export const QUOTA_PLAN_MESSAGES = {
  planMissing: (year: number) => `Năm ${year} chưa có kế hoạch chỉ tiêu.`,
  yearTaken: (year: number) => `Năm ${year} đã có kế hoạch chỉ tiêu; mở kế hoạch đó để sửa.`,
  yearJustTaken: (year: number) => `Năm ${year} vừa được tạo kế hoạch; mở kế hoạch đó để sửa.`,
  editedMeanwhile: (year: number, when: string) =>
    `Kế hoạch năm ${year} vừa được người khác sửa (lúc ${when}). Chưa lưu thay đổi của bạn: tải lại trang để xem bản mới rồi sửa lại.`,
  ruleGone: "Quy định này không còn trong kế hoạch (có thể đã được bỏ). Tải lại trang để xem bản mới.",
  noChanges: "Không có thay đổi nào cần lưu.",
  saved: (year: number, summary: string) => `Đã lưu kế hoạch năm ${year} (${summary}).`,
  ruleRemoved: (label: string) => `Đã bỏ quy định cho ${label}.`,
} as const;
