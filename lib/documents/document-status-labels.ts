import type { PublicationStatus } from "@/lib/generated/prisma/enums";

// A directive document's state as the back office shows it.
export const DOCUMENT_STATUS_LABELS: Record<PublicationStatus, string> = {
  DRAFT: "Bản nháp",
  PUBLISHED: "Đã công bố",
  UNPUBLISHED: "Đã gỡ",
};

export const DOCUMENT_STATUSES = Object.keys(DOCUMENT_STATUS_LABELS) as PublicationStatus[];

export const DOCUMENT_STATUS_TONES = {
  DRAFT: "neutral",
  PUBLISHED: "success",
  UNPUBLISHED: "warning",
} as const satisfies Record<PublicationStatus, "neutral" | "success" | "warning">;
