import type { ItemStatus } from "@/lib/generated/prisma/enums";

// How an item's status reads to its author and the editors.
export const ITEM_STATUS_LABELS = {
  DRAFT: "Bản nháp",
  SUBMITTED: "Đã gửi, chờ thư ký",
  RETURNED: "Trả lại để sửa",
  FORWARDED: "Chờ Ban Biên tập duyệt",
  SCHEDULED: "Đã hẹn giờ đăng",
  PUBLISHED: "Đã đăng",
  REJECTED: "Không sử dụng",
  UNPUBLISHED: "Đã gỡ",
} as const satisfies Record<ItemStatus, string>;

export const ITEM_STATUSES = Object.keys(ITEM_STATUS_LABELS) as ItemStatus[];
