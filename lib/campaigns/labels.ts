// Every Vietnamese word of campaign pages (chuyên trang) and banners, in one
// place so the wording can be reviewed. Safe for client components.
import type { WindowState } from "@/lib/campaigns/window";

export type CampaignStatus = WindowState | "archived";
export type BannerStatus = WindowState | "off";

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
  upcoming: "Sắp diễn ra",
  running: "Đang diễn ra",
  ended: "Đã kết thúc",
  archived: "Lưu trữ",
};

export const BANNER_STATUS_LABELS: Record<BannerStatus, string> = {
  upcoming: "Sắp hiện",
  running: "Đang hiện",
  ended: "Đã hết hạn",
  off: "Đã tắt",
};

export const BANNER_SLOT_LABELS = { TOP: "Đầu trang chủ", SIDE: "Cột bên trang chủ" } as const;

export const CAMPAIGN_MESSAGES = {
  nameMissing: "Nhập tên chuyên trang.",
  nameShort: "Tên chuyên trang cần ít nhất 3 ký tự.",
  nameLong: "Tên chuyên trang dài tối đa 200 ký tự.",
  descriptionLong: "Mô tả dài tối đa 2000 ký tự.",
  slugFormat: "Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: dai-hoi-dang-bo).",
  slugTaken: "Đường dẫn này đã được dùng",
  startMissing: "Nhập ngày bắt đầu.",
  endMissing: "Nhập ngày kết thúc.",
  dateFormat: "Ngày chưa đúng dạng ngày/tháng/năm (ví dụ 06/12/2026).",
  timeFormat: "Giờ chưa đúng dạng giờ:phút (ví dụ 08:30).",
  upsideDown: "Thời điểm kết thúc phải sau thời điểm bắt đầu.",
  altMissing: "Nhập mô tả ảnh banner (cho người khiếm thị).",
  altLong: "Mô tả ảnh dài tối đa 300 ký tự.",
  notImage: "Banner phải là một ảnh trong thư viện ảnh (JPG, PNG, WebP hoặc GIF).",
  linkFormat: "Liên kết phải là đường dẫn trong trang (bắt đầu bằng /) hoặc địa chỉ http:// hay https://.",
  order: "Thứ tự là số nguyên từ 0 đến 9999.",
  notFound: "Không tìm thấy chuyên trang.",
  hasItems: "Chuyên trang đã có tin, bài hoặc văn bản: không xóa được, hãy lưu trữ.",
  archived: "Chuyên trang đã lưu trữ: bỏ lưu trữ trước khi sửa.",
  itemNotFound: "Không tìm thấy tin, bài.",
  documentNotFound: "Không tìm thấy văn bản.",
  noRightToAttachItem: "Bạn không có quyền đưa tin, bài vào chuyên trang.",
  noRightToDetachItem: "Bạn không có quyền gỡ tin, bài khỏi chuyên trang.",
  created: "Đã tạo chuyên trang. Thêm tin, bài và văn bản ở bên dưới.",
  saved: "Đã lưu chuyên trang.",
  archivedDone: "Đã lưu trữ chuyên trang: không còn trong danh sách và trang chủ, trang riêng vẫn đọc được.",
  unarchived: "Đã bỏ lưu trữ chuyên trang.",
  deleted: "Đã xóa chuyên trang.",
  itemAttached: "Đã đưa tin, bài vào chuyên trang.",
  itemAlreadyIn: "Tin, bài đã có trong chuyên trang.",
  itemDetached: "Đã gỡ tin, bài khỏi chuyên trang.",
  documentAttached: "Đã đưa văn bản vào chuyên trang.",
  documentAlreadyIn: "Văn bản đã có trong chuyên trang.",
  documentDetached: "Đã gỡ văn bản khỏi chuyên trang.",
} as const;

export const BANNER_MESSAGES = {
  nameMissing: "Nhập tên banner (để nhận ra trong trang quản trị).",
  nameLong: "Tên banner dài tối đa 200 ký tự.",
  slot: "Chọn vị trí banner.",
  imageMissing: "Chọn ảnh banner.",
  altMissing: "Nhập mô tả ảnh (cho người khiếm thị).",
  linkMissing: "Nhập liên kết của banner.",
  notFound: "Không tìm thấy banner.",
  created: "Đã thêm banner.",
  saved: "Đã lưu banner.",
  activated: "Đã bật lại banner.",
  deactivated: "Đã tắt banner: không còn hiện trên trang chủ.",
  deleted: "Đã xóa banner.",
} as const;
