"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { createQuotaPlanFromPreviousAction } from "@/lib/actions/quota-plans";
import { initialActionResult } from "@/lib/actions/action-result";

type CreatePlanButtonProps = { year: number; canManage: boolean; hasPreviousYear: boolean; variant?: "primary" | "secondary" };

/**
 * "No plan for this year": the administrator creates it in one click (a copy
 * of the latest earlier plan, or a blank one) and lands in its editor; anyone
 * else is told who creates it. A plain form: works without JavaScript.
 */
export function CreatePlanButton({ year, canManage, hasPreviousYear, variant = "primary" }: CreatePlanButtonProps) {
  const [result, action, pending] = useActionState(createQuotaPlanFromPreviousAction, initialActionResult);
  if (!canManage) {
    return <p className="text-sm text-stone-700">Quản trị hệ thống cần tạo kế hoạch chỉ tiêu năm {year} (có thể sao chép từ kế hoạch năm trước).</p>;
  }
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="year" value={year} />
      <Button variant={variant} pending={pending}>
        {hasPreviousYear ? `Tạo kế hoạch năm ${year} từ kế hoạch năm trước` : `Tạo kế hoạch năm ${year}`}
      </Button>
      <p className="text-sm text-stone-600">
        {hasPreviousYear
          ? "Sao chép tên, cách tính và mọi chỉ tiêu của kế hoạch năm gần nhất; số/ký hiệu và ngày ban hành để trống cho bạn điền."
          : "Chưa có kế hoạch năm trước để sao chép: kế hoạch mới để trống cho bạn nhập chỉ tiêu."}
      </p>
      {!result.ok && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {result.error}
        </p>
      )}
    </form>
  );
}
