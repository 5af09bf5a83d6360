import type { Capability } from "@/lib/auth/permissions";

// The document use cases' own wording of a refusal (authorize()'s `message`),
// for a caller that reaches them past the actions' generic refusal.
export const DOCUMENT_REFUSALS = {
  "documents.manage": "Bạn không có quyền thêm hoặc sửa văn bản.",
  "documents.publish": "Chỉ Ban Biên tập mới được công bố hoặc gỡ văn bản.",
} as const satisfies Partial<Record<Capability, string>>;
