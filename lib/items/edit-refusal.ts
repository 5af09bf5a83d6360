import type { ItemStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { canViewItem, editMode, type EditMode } from "@/lib/workflow/edit-rules";
import type { WorkflowItem } from "@/lib/workflow/transitions";
import { ITEM_MESSAGES } from "@/lib/items/messages";

// Why a person may not change an item's text now, by whose hands it is in.
const REFUSALS: Record<ItemStatus, string> = {
  DRAFT: "Bài đang là bản nháp của tác giả; bạn không sửa được lúc này.",
  RETURNED: "Bài đã được trả lại tác giả để sửa; bạn không sửa được lúc này.",
  SUBMITTED: "Bài đang chờ thư ký biên tập; bạn không sửa được lúc này.",
  FORWARDED: "Bài đang chờ Ban Biên tập duyệt; bạn không sửa được lúc này.",
  SCHEDULED: "Bài đã được duyệt và đang hẹn giờ đăng; chỉ Ban Biên tập sửa được lúc này.",
  PUBLISHED: "Bài đã đăng; chỉ Ban Biên tập sửa được, bằng cách đính chính.",
  REJECTED: "Bài đã được đánh dấu không sử dụng; không sửa được nữa.",
  UNPUBLISHED: "Bài đã gỡ khỏi trang; không sửa được nữa.",
};

/**
 * Throws unless the actor may change the item's text now in the `wanted`
 * way (an edit, or a correction of a published item): NOT_FOUND when they
 * may not even see it (nothing is revealed), FORBIDDEN saying who holds it.
 */
export function assertCanEdit(actor: Actor, item: WorkflowItem, wanted: Exclude<EditMode, "none"> = "edit"): void {
  if (!canViewItem(actor, item)) throw new AppError("NOT_FOUND", ITEM_MESSAGES.notFound);
  const mode = editMode(actor, item);
  if (mode === wanted) return;
  if (mode === "correct") throw new AppError("FORBIDDEN", "Bài đã đăng: hãy sửa bằng chức năng đính chính.");
  if (mode === "edit") throw new AppError("FORBIDDEN", "Bài chưa đăng nên không cần đính chính: hãy sửa và lưu như thường.");
  if (wanted === "correct" && item.status !== "PUBLISHED") throw new AppError("FORBIDDEN", "Chỉ bài đang đăng mới đính chính được.");
  throw new AppError("FORBIDDEN", REFUSALS[item.status]);
}
