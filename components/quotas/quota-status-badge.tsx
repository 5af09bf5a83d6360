import { Badge, type BadgeTone } from "@/components/ui/badge";
import { QUOTA_STATUS_LABELS } from "@/lib/quotas/quota-labels";
import type { QuotaStatus } from "@/lib/quotas/quota-types";

const TONES: Record<QuotaStatus, BadgeTone> = {
  COMPLETED: "success",
  EXCEEDED: "success",
  NOT_YET: "warning",
  NO_TARGET: "neutral",
};

/** "Hoàn thành", "Vượt chỉ tiêu", "Chưa hoàn thành": the word carries the meaning, the colour only helps. */
export function QuotaStatusBadge({ status }: { status: QuotaStatus }) {
  return (
    <Badge tone={TONES[status]}>
      {status === "EXCEEDED" && <span aria-hidden="true" className="mr-1">▲</span>}
      {status === "NOT_YET" && <span aria-hidden="true" className="mr-1">○</span>}
      {status === "COMPLETED" && <span aria-hidden="true" className="mr-1">✓</span>}
      {QUOTA_STATUS_LABELS[status]}
    </Badge>
  );
}
