import { kindLabel } from "@/lib/items/item-labels";
import type { ItemKind } from "@/lib/generated/prisma/enums";

const KINDS: ItemKind[] = ["NEWS", "ARTICLE", "PHOTO_STORY", "VIDEO"];

/** The kinds of item, for selects ("Tin", "Bài", "Phóng sự ảnh", "Video"). */
export const KIND_OPTIONS = KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) }));
