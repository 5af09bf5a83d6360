// Every word the editor shows, in one place so the wording can be reviewed.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { TIME_ZONE } from "@/lib/content/dates";

/** "14:05", in Vietnam's time. */
export function formatClock(iso: string): string {
  return format(new TZDate(new Date(iso), TIME_ZONE), "HH:mm");
}

/** Toolbar buttons: the accessible name (also the tooltip) and the shortcut shown beside it. */
export const TOOLBAR = {
  label: "Định dạng nội dung",
  heading2: "Tiêu đề cấp 2",
  heading3: "Tiêu đề cấp 3",
  heading4: "Tiêu đề cấp 4",
  bold: "Chữ đậm",
  italic: "Chữ nghiêng",
  underline: "Gạch chân",
  bulletList: "Danh sách dấu chấm",
  orderedList: "Danh sách đánh số",
  blockquote: "Trích dẫn",
  link: "Chèn hoặc sửa liên kết",
  table: "Chèn bảng 3×3",
  addRow: "Thêm hàng",
  deleteRow: "Xóa hàng",
  addColumn: "Thêm cột",
  deleteColumn: "Xóa cột",
  deleteTable: "Xóa bảng",
  image: "Chèn ảnh",
  imageAlt: "Sửa mô tả ảnh",
  video: "Chèn video",
  undo: "Hoàn tác",
  redo: "Làm lại",
  importDocx: "Nhập từ Word",
} as const;

export const SAVE_STATUS = {
  saving: "Đang lưu…",
  savedAt: (time: string) => `Đã lưu lúc ${time}`,
  failed: (message: string) => `Chưa lưu được: ${message}`,
  unsaved: "Có thay đổi chưa lưu",
  notYetSaved: "Chưa lưu",
  retry: "Thử lại",
  save: "Lưu",
  preview: "Xem trước",
  network: "Không kết nối được máy chủ. Nội dung vẫn được giữ trên máy này.",
  conflictStopped: "Đã dừng tự động lưu cho đến khi bạn chọn bản giữ lại.",
  leaveWarning: "Bài còn thay đổi chưa lưu. Rời trang?",
} as const;

export const CONFLICT = {
  title: "Bài đã được người khác lưu",
  message: (name: string, time: string) => `${name} đã lưu bài lúc ${time}. Bản của bạn chưa được lưu.`,
  /** The same person, from another tab or device. */
  yourself: "Bạn (ở một cửa sổ khác)",
  theirs: "Bản của họ",
  mine: "Bản của bạn",
  mineBodyNote: "Nội dung bản của bạn vẫn nằm trong khung soạn thảo.",
  useTheirs: "Dùng bản của họ",
  keepMine: "Giữ bản của tôi",
  keepMineHint: "Lưu bản của bạn đè lên bản của họ. Bản của họ vẫn còn trong các phiên bản trước.",
  untitled: "(chưa có tiêu đề)",
} as const;

export const RESTORE = {
  message: (time: string) => `Trên máy này còn một bản chưa lưu của bài, sửa lúc ${time}.`,
  restore: "Khôi phục bản chưa lưu",
  dismiss: "Bỏ qua",
} as const;

/** "Nguyễn Văn A đang sửa bài này", "A và B đang sửa bài này" */
export function presenceMessage(names: string[]): string {
  if (names.length === 0) return "";
  const who = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} và ${names.at(-1)}`;
  return `${who} đang sửa bài này`;
}

export const FIELDS = {
  kind: "Loại",
  inDepth: "Bài chuyên sâu",
  title: "Tiêu đề",
  lead: "Sa-pô",
  leadHint: "Một, hai câu tóm tắt, in đậm dưới tiêu đề.",
  body: "Nội dung",
  bodyHint: "Alt+F10: chuyển tới thanh công cụ.",
  sections: "Chuyên mục",
  sectionsHint: "Chuyên mục chọn đầu tiên là chuyên mục chính.",
  primary: "chuyên mục chính",
  tags: "Từ khóa",
  tagsHint: "Cách nhau bằng dấu phẩy, ví dụ: học tập và làm theo Bác, chuyển đổi số",
  coAuthors: "Đồng tác giả",
  coAuthorSearch: "Tìm người theo tên hoặc đơn vị",
  coAuthorNone: "Không có ai khớp.",
  addPerson: (name: string) => `Thêm ${name}`,
  removePerson: (name: string) => `Bỏ ${name}`,
  penName: "Bút danh",
  source: "Nguồn",
  sourceHint: "Khi tin, bài lấy từ nơi khác, ví dụ: Báo Nhân Dân.",
  cover: "Ảnh đại diện",
  chooseCover: "Chọn ảnh đại diện",
  changeCover: "Đổi ảnh đại diện",
  removeCover: "Bỏ ảnh đại diện",
  coverAlt: "Mô tả ảnh đại diện",
  coverCaption: "Chú thích ảnh đại diện",
  details: "Thông tin bài",
  correctionNote: "Nội dung đính chính",
  correctionHint: "Hiện công khai dưới bài, kèm ngày đính chính. Ít nhất 5 ký tự.",
  correctionSubmit: "Lưu đính chính",
  correctionDone: (time: string) => `Đã đính chính lúc ${time}`,
  correctionMissing: "Nhập nội dung đính chính (ít nhất 5 ký tự).",
  loadError: "Nội dung bài không mở được trong trình soạn thảo. Tự động lưu đã tắt để không ghi đè bài; hãy báo quản trị.",
} as const;

export const WORD_COUNT_LABEL = "Số từ";
