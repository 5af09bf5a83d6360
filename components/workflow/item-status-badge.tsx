import type { ItemStatus } from "@/lib/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ITEM_STATUS_LABELS } from "@/lib/items/item-labels";

const TONES: Record<ItemStatus, BadgeTone> = {
  DRAFT: "neutral",
  SUBMITTED: "warning",
  RETURNED: "danger",
  FORWARDED: "warning",
  SCHEDULED: "brand",
  PUBLISHED: "success",
  REJECTED: "neutral",
  UNPUBLISHED: "neutral",
};

/** The item's status in words ("Trả lại để sửa"); the colour only repeats it. */
export function ItemStatusBadge({ status }: { status: ItemStatus }) {
  return <Badge tone={TONES[status]}>{ITEM_STATUS_LABELS[status]}</Badge>;
}
