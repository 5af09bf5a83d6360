import type { ItemKind, ItemStatus } from "@/lib/generated/prisma/enums";

// How items read to people: their kind and their status. Safe for the browser.

// The words readers and the editorial board use for each kind of item.
const KIND_LABELS: Record<ItemKind, string> = {
  NEWS: "Tin",
  ARTICLE: "Bài",
  PHOTO_STORY: "Phóng sự ảnh",
  VIDEO: "Video",
};

/** "Tin", "Bài", "Bài chuyên sâu", "Phóng sự ảnh", "Video". */
export function kindLabel(kind: ItemKind, isInDepth = false): string {
  // Only articles can be in-depth (quota plan 91-KH/ĐUK); a flag on a news
  // item is a data slip and should not change its label.
  if (kind === "ARTICLE" && isInDepth) return "Bài chuyên sâu";
  return KIND_LABELS[kind];
}

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
