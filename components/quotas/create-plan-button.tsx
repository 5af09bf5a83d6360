"use client";

import { ExplainedActionButton } from "@/components/admin/explained-action-button";
import { createQuotaPlanFromPreviousAction } from "@/lib/actions/quota-plans";

type CreatePlanButtonProps = { year: number; canManage: boolean; hasPreviousYear: boolean; variant?: "primary" | "secondary" };

/**
 * "No plan for this year": the administrator creates it in one click (a copy
 * of the latest earlier plan, or a blank one) and lands in its editor; anyone
 * else is told who creates it. A plain form: works without JavaScript.
 */
export function CreatePlanButton({ year, canManage, hasPreviousYear, variant = "primary" }: CreatePlanButtonProps) {
  if (!canManage) {
    return <p className="text-sm text-stone-700">Quản trị hệ thống cần tạo kế hoạch chỉ tiêu năm {year} (có thể sao chép từ kế hoạch năm trước).</p>;
  }
  return (
    <ExplainedActionButton
      action={createQuotaPlanFromPreviousAction}
      fields={{ year }}
      variant={variant}
      label={hasPreviousYear ? `Tạo kế hoạch năm ${year} từ kế hoạch năm trước` : `Tạo kế hoạch năm ${year}`}
      hint={
        hasPreviousYear
          ? "Sao chép tên, cách tính và mọi chỉ tiêu của kế hoạch năm gần nhất; số/ký hiệu và ngày ban hành để trống cho bạn điền."
          : "Chưa có kế hoạch năm trước để sao chép: kế hoạch mới để trống cho bạn nhập chỉ tiêu."
      }
    />
  );
}
