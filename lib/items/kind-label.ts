import type { ItemKind } from "@/lib/generated/prisma/enums";

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
