import type { AuditResult } from "@/lib/generated/prisma/enums";

// Action labels live in lib/audit/action-labels.ts (one map for every viewer).
export { auditActionLabel } from "@/lib/audit/action-labels";

export const AUDIT_RESULT_LABELS = {
  SUCCESS: "Thành công",
  FAILURE: "Thất bại",
  DENIED: "Bị từ chối",
} as const satisfies Record<AuditResult, string>;

export const AUDIT_OBJECT_LABELS: Record<string, string> = {
  user: "Người dùng",
  unit: "Đơn vị",
  section: "Chuyên mục",
  document: "Văn bản",
  item: "Tin, bài",
  media: "Tệp",
  session: "Phiên đăng nhập",
  page: "Trang",
  campaign: "Chuyên trang",
  banner: "Banner",
  "royalty-month": "Sổ nhuận bút tháng",
  "royalty-schedule": "Định mức nhuận bút",
  "quota-plan": "Kế hoạch chỉ tiêu",
  mail: "Thư điện tử",
};
