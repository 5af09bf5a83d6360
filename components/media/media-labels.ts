import type { MediaKind } from "@/lib/generated/prisma/enums";

// The media library's words, in one place.
export const MEDIA_KIND_LABELS: Record<MediaKind, string> = {
  IMAGE: "Ảnh",
  VIDEO: "Video",
  PDF: "PDF",
  DOCX: "Word",
};

export const MEDIA_KIND_OPTIONS = (Object.keys(MEDIA_KIND_LABELS) as MediaKind[]).map((kind) => ({ value: kind, label: MEDIA_KIND_LABELS[kind] }));
