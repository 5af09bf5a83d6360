import type { DocumentType } from "@/lib/generated/prisma/enums";

// Loại văn bản as written on the documents themselves.
export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  PLAN: "Kế hoạch",
  RESOLUTION: "Nghị quyết",
  DIRECTIVE: "Chỉ thị",
  GUIDANCE: "Hướng dẫn",
  CONCLUSION: "Kết luận",
  DECISION: "Quyết định",
  REPORT: "Báo cáo",
  OFFICIAL_LETTER: "Công văn",
  SCHEME: "Đề án",
};

export const DOCUMENT_TYPES = Object.keys(DOCUMENT_TYPE_LABELS) as DocumentType[];

export function isDocumentType(value: string): value is DocumentType {
  return Object.hasOwn(DOCUMENT_TYPE_LABELS, value);
}

export function documentTypeLabel(type: string): string {
  return isDocumentType(type) ? DOCUMENT_TYPE_LABELS[type] : type;
}
