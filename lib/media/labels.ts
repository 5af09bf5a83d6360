import type { MediaKind } from "@/lib/generated/prisma/enums";

// How media kinds read in the library and its filters. Safe for the browser.
export const MEDIA_KIND_LABELS: Record<MediaKind, string> = {
  IMAGE: "Ảnh",
  VIDEO: "Video",
  PDF: "PDF",
  DOCX: "Word",
};

export const MEDIA_KIND_OPTIONS = (Object.keys(MEDIA_KIND_LABELS) as MediaKind[]).map((kind) => ({ value: kind, label: MEDIA_KIND_LABELS[kind] }));

/** The messages of editing a file's alt text and caption. */
export const MEDIA_MESSAGES = {
  notFound: "Không tìm thấy tệp; có thể nó đã bị xóa.",
  notOwnFile: "Bạn chỉ sửa được mô tả của tệp do mình tải lên.",
  detailsSaved: "Đã lưu mô tả và chú thích.",
} as const;
