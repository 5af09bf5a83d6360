"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { initialActionResult } from "@/lib/actions/action-result";
import { createRoyaltySettingsAction } from "@/lib/actions/royalty-settings";

/**
 * "Tạo năm 2027 (sao chép từ năm 2026)": one click creates the year's
 * settings and opens them. A plain form: works without JavaScript.
 */
export function SettingsCreateYear({ year, fromYear, variant = "primary" }: { year: number; fromYear: number | null; variant?: "primary" | "secondary" }) {
  const [result, action, pending] = useActionState(createRoyaltySettingsAction, initialActionResult);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="year" value={year} />
      <Button variant={variant} pending={pending}>
        {fromYear === null ? `Tạo định mức năm ${year}` : `Tạo năm ${year} (sao chép từ năm ${fromYear})`}
      </Button>
      <p className="text-sm text-stone-600">
        {fromYear === null
          ? "Chưa có năm nào để sao chép: định mức mới dùng mức lương cơ sở 2.340.000 ₫, đơn vị hệ số 10 % và bảng hệ số mẫu theo thể loại, loại A/B/C."
          : `Sao chép mức lương cơ sở, giá trị đơn vị hệ số, bảng hệ số và các khoản thưởng của năm ${fromYear}; dự toán kinh phí để trống cho bạn nhập.`}
      </p>
      {!result.ok && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {result.error}
        </p>
      )}
    </form>
  );
}
