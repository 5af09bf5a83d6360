import { quotaStatusLabel } from "@/lib/quotas/quota-labels";
import type { QuotaFilter } from "@/lib/quotas/quota-types";
import { positionLabel } from "@/lib/users/labels";

/** The person filters in words, for the export's heading: "Đơn vị: Ban Tuyên giáo; Trạng thái: Chưa hoàn thành"; null when none. */
export function quotaFilterText(filter: QuotaFilter, unitName: string | null): string | null {
  const parts = [
    filter.unitId ? `Đơn vị: ${unitName ?? `mã ${filter.unitId}`} (gồm các đơn vị trực thuộc)` : null,
    filter.position ? `Chức vụ: ${positionLabel(filter.position)}` : null,
    filter.status ? `Trạng thái: ${quotaStatusLabel(filter.status)}` : null,
    filter.q ? `Tên có: “${filter.q}”` : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join("; ") : null;
}
