// Every message of writing, saving and correcting an item (the workflow's
// moves have theirs in lib/workflow/move-labels.ts), in one place so the
// wording can be reviewed. Safe for the browser.
export const ITEM_MESSAGES = {
  notFound: "Không tìm thấy bài.",
  noRightToWrite: "Bạn không có quyền viết tin, bài.",
  accountInactive: "Tài khoản của bạn không còn hoạt động.",
  coverNotImage: "Ảnh đại diện phải là một ảnh trong thư viện.",
  revisionNotFound: "Không tìm thấy phiên bản cần khôi phục.",
  noteRequired: "Nhập nội dung góp ý.",
  cannotNote: "Bạn không thể góp ý cho bài này lúc này.",
  correctOnlyPublished: "Chỉ đính chính được bài đang đăng trên trang.",
  correctOnlyBoard: "Chỉ Ban Biên tập mới đính chính được bài đã đăng.",
  featureOnlyPublished: "Chỉ chọn làm tiêu điểm được bài đang đăng trên trang.",
  featureOnlyBoard: "Chỉ Ban Biên tập mới chọn được bài tiêu điểm.",
  /** Who saved the newer version, when the saver is someone else (their name unknown). */
  someoneElse: "Người khác",
  /** The saver of the newer version is the person themself, in another tab. */
  youElsewhere: "Bạn (ở một cửa sổ khác)",
  conflict: (who: string, time: string) =>
    `${who} đã lưu bài lúc ${time}; bản của bạn chưa được lưu. Hãy xem bản mới nhất, đưa phần sửa của bạn vào rồi lưu lại.`,
  correctionNote: (note: string) => `Đính chính: ${note}`,
  restoreNote: (version: number) => `Khôi phục phiên bản #${version}`,
  saved: "Đã lưu bài.",
  restored: "Đã khôi phục phiên bản; đây là bản mới nhất của bài.",
  corrected: "Đã đính chính; trang bài viết hiện nội dung mới kèm ghi chú đính chính.",
  noteSent: "Đã gửi góp ý; tác giả sẽ nhận được thông báo.",
  featured: "Đã đưa bài vào mục tiêu điểm trang chủ.",
  unfeatured: "Đã bỏ bài khỏi mục tiêu điểm trang chủ.",
} as const;
